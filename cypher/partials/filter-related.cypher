// Ids of the $kind nodes linked to the anchor over {{TYPE}}; $direction is seen from the listed node.
// The anchor is a node reference, resolved here (cypher/partials/reference-matches): `resolved` is its id, or
// null when it names no node or several (the caller then resolves it on its own to say why).
WITH {text: $ref, lower: $refLower, phrase: $refPhrase} AS ref
{{> reference-matches}}
WITH collect(node) AS matches
WITH CASE size(matches) WHEN 1 THEN matches[0] END AS a
CALL (a) {
  WITH a WHERE a IS NOT NULL
  MATCH (a)-[r:{{TYPE}}]-(n:Node)
  WHERE n.kind = $kind AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
  RETURN collect(DISTINCT n.id) AS ids
}
WITH a.id AS resolved, ids
