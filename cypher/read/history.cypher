// The changes about a node (as the node itself or as an end of a relationship), newest first.
MATCH (c:Change)
WHERE c.targetId = $id OR c.otherId = $id
RETURN c {.*, at: toString(c.at)} AS change
ORDER BY c.at DESC, c.id
LIMIT $first
