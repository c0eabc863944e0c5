// Every project with a directed path over dependency relationships of 1..{{DEPTH}} hops to the target,
// with its fewest hops and one shortest path. Sorted by hops, then project name, then id.
MATCH (t:Node {id: $target})
MATCH path = SHORTEST 1 (p:Project)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(t)
RETURN p.id AS project,
       length(path) AS hops,
       [n IN nodes(path) | n {.*}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
ORDER BY hops, p.name, p.id
