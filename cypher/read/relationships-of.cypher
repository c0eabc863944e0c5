// Per node: its relationships with their properties and the node at the other end, those holding at $validAt.
// $types (null = all) filters by type; $direction is OUT, IN or BOTH as seen from the node.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COLLECT {
  MATCH (n)-[r]-(m:Node)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
    AND {{VALID_REL r}} AND {{VALID m}}
  RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r), other: m {.*}}
  ORDER BY type(r), m.sortName, m.id
  LIMIT $first
} AS relationships
