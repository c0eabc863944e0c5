// What a diff replays (src/domain/diff.ts): every Change about a node the history touched after $since, as the node
// itself or as an end of a relationship — all of them, the earlier ones too (a replay starts at the first). At most
// $limit rows (the caller asks for one more than it accepts and refuses a diff that needs more). Oldest first (at, then
// id): entries within one millisecond are replayed in this order (src/domain/recorded-time.ts).
MATCH (c:Change)
WHERE c.at > datetime($since)
UNWIND [c.targetId, c.otherId] AS id
WITH DISTINCT id
WHERE id IS NOT NULL
MATCH (e:Change)
WHERE e.targetId = id OR e.otherId = id
WITH DISTINCT e
RETURN e {.*, at: toString(e.at)} AS change
ORDER BY e.at, e.id
LIMIT $limit
