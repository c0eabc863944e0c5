// The current side of a diff (src/domain/diff.ts), all stored properties: the nodes $ids and the nodes whose valid
// period begins or ends in ($low, $high] (they hold at one of the two dates and not at the other); the relationships
// of those nodes and those whose own period begins or ends in ($low, $high]; and the ends of those relationships.
// ISO dates compare as strings; a node with a bound carries the label Bounded, and both ends of a relationship with
// one the label BoundedEnds, so only those are read for the dates.
WITH COLLECT {
  MATCH (n:Node) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Bounded)
  WHERE ($low < n.validFrom AND n.validFrom <= $high) OR ($low < n.validTo AND n.validTo <= $high)
  RETURN n
} AS seeds
WITH seeds, COLLECT {
  UNWIND seeds AS n
  MATCH (n)-[r]-(:Node)
  RETURN r
  UNION
  MATCH (:BoundedEnds)-[r]->(:Node)
  WHERE ($low < r.validFrom AND r.validFrom <= $high) OR ($low < r.validTo AND r.validTo <= $high)
  RETURN r
} AS rels
RETURN [n IN seeds + [r IN rels | startNode(r)] + [r IN rels | endNode(r)] | n {.*}] AS nodes,
  [r IN rels | {from: startNode(r).id, type: type(r), to: endNode(r).id, props: properties(r)}] AS relationships
