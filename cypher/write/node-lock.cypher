// Reads a node for a change after taking its write lock, so that the version read is the one replaced.
// The lock comes from writing a marker that is removed at once: nothing is read before the lock is held
// (a self-assignment such as SET n.version = n.version would read first and could write a stale value back).
MATCH (n:Node {id: $id})
SET n.lockedForChange = true
REMOVE n.lockedForChange
RETURN n {.*} AS node
