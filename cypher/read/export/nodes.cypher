// Every node for an export, or only those whose ids are in $ids (null = all), in id order; with $validAt (null:
// every fact, whatever its period) only those holding then.
MATCH (n:Node)
WHERE ($ids IS NULL OR n.id IN $ids) AND {{VALID n}}
RETURN n {.*} AS node
ORDER BY n.id
