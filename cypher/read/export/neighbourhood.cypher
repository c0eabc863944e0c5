// The neighbourhood of $center: the ids of every node within {{DEPTH}} hops of it over any relationship,
// in either direction, the centre included; with $validAt (null: every fact) over what holds then.
MATCH (c:Node {id: $center})
MATCH SHORTEST 1 (c)((hopFrom)-[r]-(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){0,{{DEPTH}}}(n:Node)
RETURN collect(n.id) AS ids
