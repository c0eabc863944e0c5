// Deletes a node with its relationships, if it still has the expected version.
MATCH (n:Node {id: $id})
WHERE n.version = $expectedVersion
DETACH DELETE n
RETURN count(*) AS deleted
