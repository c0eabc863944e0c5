// Ids of the $kind nodes linked to the anchor over {{TYPE}}; $direction is seen from the listed node.
MATCH (a:Node {id: $anchor})-[r:{{TYPE}}]-(n:Node)
WHERE n.kind = $kind AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
RETURN collect(DISTINCT n.id) AS ids
