// Recorded time: per id, the history the node's relationships are replayed from, recorded up to $at (to the
// millisecond, as node-changes): the changes of every relationship with the node as an end, and the deletions and
// restores of the node and of every other end they name (a deletion takes a node's relationships with it, a restore
// brings some back). Oldest first; the other ends' own states are node-changes' to read.
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (c:Change {targetId: id})
    WHERE c.otherId IS NOT NULL AND c.at < datetime($at) + duration({milliseconds: 1})
    RETURN c
    UNION
    MATCH (c:Change {otherId: id})
    WHERE c.at < datetime($at) + duration({milliseconds: 1})
    RETURN c
  }
  RETURN collect(c) AS relationships, collect(DISTINCT CASE WHEN c.targetId = id THEN c.otherId ELSE c.targetId END) AS others
}
CALL (id, others) {
  UNWIND [id] + others AS end
  MATCH (d:Change {targetId: end})
  WHERE d.otherId IS NULL AND d.operation IN ['DELETE_NODE', 'RESTORE_NODE'] AND d.at < datetime($at) + duration({milliseconds: 1})
  RETURN collect(d) AS lifecycle
}
UNWIND relationships + lifecycle AS c
WITH id, c ORDER BY c.at, c.id
RETURN id, collect(c {.id, .operation, .targetId, .otherId, .before, .after, at: toString(c.at)}) AS entries
