// Per parent: the nodes it reaches over an outgoing {{TYPE}}, of the allowed kinds, sorted by name, at most $first.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COLLECT {
  MATCH (n)-[:{{TYPE}}]->(m:Node)
  WHERE m.kind IN $kinds
  RETURN m {.*} ORDER BY m.sortName, m.id LIMIT $first
} AS nodes
