// Ids of the nodes of $kind with a directed dependency path of 1..{{DEPTH}} hops to the target.
MATCH (t:Node {id: $target})
MATCH ANY (n:Node)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(t)
WHERE n.kind = $kind
RETURN collect(DISTINCT n.id) AS ids
