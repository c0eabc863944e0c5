// The neighbourhood of $center: the ids of every node within {{DEPTH}} hops of it over any relationship,
// in either direction, the centre included.
MATCH (c:Node {id: $center})
MATCH SHORTEST 1 (c)-[]-{0,{{DEPTH}}}(n:Node)
RETURN collect(n.id) AS ids
