// The fewest hops between two nodes, ignoring direction and type, within {{DEPTH}} hops (no row if none).
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH path = SHORTEST 1 (a)-[]-{0,{{DEPTH}}}(b)
RETURN length(path) AS hops,
       [n IN nodes(path) | n {.*}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
