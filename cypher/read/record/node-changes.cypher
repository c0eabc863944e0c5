// Recorded time: per id, the history of the node (its own changes, not its relationships') recorded up to $at, to
// the millisecond (an instant as GraphQL's DateTime gives it names the changes within that millisecond too), oldest
// first: src/domain/recorded-time.ts replays them to the node as it was recorded then.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Change {targetId: id})
  WHERE c.otherId IS NULL AND c.at < datetime($at) + duration({milliseconds: 1})
  WITH c ORDER BY c.at, c.id
  RETURN collect(c {.id, .operation, .targetId, .before, .after, at: toString(c.at)}) AS entries
}
RETURN id, entries
