// Every node for an export, or only those whose ids are in $ids (null = all), in id order.
MATCH (n:Node)
WHERE $ids IS NULL OR n.id IN $ids
RETURN n {.*} AS node
ORDER BY n.id
