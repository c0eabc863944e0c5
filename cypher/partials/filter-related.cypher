// Ids of the $kind nodes linked to the anchor over {{TYPE}}; $direction is seen from the listed node.
// The anchor is a node reference, resolved here (cypher/partials/resolve-one): `misses` is null when it names
// exactly one node, else what it names (the repository reports why from it; ids are then empty).
WITH $ref AS ref
{{> resolve-one}}
WITH node AS a, misses
CALL (a) {
  WITH a WHERE a IS NOT NULL
  MATCH (a)-[r:{{TYPE}}]-(n:Node)
  WHERE n.kind = $kind AND {{VALID_REL r}} AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
  RETURN collect(DISTINCT n.id) AS ids
}
WITH misses, ids
