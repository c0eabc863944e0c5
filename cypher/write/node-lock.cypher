// Reads a node for a change, taking its write lock first, so that the version read is the one replaced.
MATCH (n:Node {id: $id})
SET n.version = n.version
RETURN n {.*} AS node
