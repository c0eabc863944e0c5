// Recorded time: the history of every node one of whose own changes recorded up to $at (to the millisecond, as
// node-changes) has a state whose JSON, lowercased, contains $needle (`"kind":"project"` for a kind's list, a name
// as JSON writes it for a reference): per id, all of its own changes up to $at, oldest first. A needle may find more
// nodes than it means (a description that quotes a name); src/domain/recorded-time.ts replays them and the caller
// keeps those that are what it asked for.
MATCH (c:Change)
WHERE c.otherId IS NULL AND c.at < datetime($at) + duration({milliseconds: 1}) AND toLower(c.after) CONTAINS $needle
WITH DISTINCT c.targetId AS id
CALL (id) {
  MATCH (c:Change {targetId: id})
  WHERE c.otherId IS NULL AND c.at < datetime($at) + duration({milliseconds: 1})
  WITH c ORDER BY c.at, c.id
  RETURN collect(c {.id, .operation, .targetId, .before, .after, at: toString(c.at)}) AS entries
}
RETURN id, entries
