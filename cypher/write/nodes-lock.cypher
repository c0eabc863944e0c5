// Takes the write locks of the nodes an import touches, before it reads what they hold (their "before" in the
// history, their content hash): an edit saved meanwhile either commits first and is seen, or waits for the import.
// Like write/node-lock, a marker written and removed at once: nothing is read before the lock is held.
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n.lockedForChange = true
REMOVE n.lockedForChange
RETURN count(*) AS locked
