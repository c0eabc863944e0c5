// Replaces a node's properties if it still has the expected version (optimistic concurrency).
MATCH (n:Node {id: $id})
WHERE n.version = $expectedVersion
WITH n, n.createdAt AS createdAt
SET n = $props, n.version = $expectedVersion + 1, n.createdAt = createdAt, n.updatedAt = datetime()
{{> bounded-label}}
WITH n
RETURN n {.*} AS node
