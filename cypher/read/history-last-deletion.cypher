// The most recent deletion of a node, with the state it had.
MATCH (c:Change {targetId: $id, operation: 'DELETE_NODE'})
RETURN c.before AS before
ORDER BY c.at DESC
LIMIT 1
