// The changes recorded in [since, until), oldest first (at, then id), a page at a time (SKIP $offset LIMIT $limit).
// With $kinds: only changes with an end of one of those kinds. An end's kind is the one its history recorded last at or
// before the change (every node Change's state holds `"kind":"<Kind>"`; a kind never changes, but an id deleted and
// created anew may name another kind), else the current node's (nodes older than the history).
MATCH (c:Change)
WHERE c.at >= datetime($since) AND c.at < datetime($until)
  AND ($kinds IS NULL OR any(end IN [x IN [c.targetId, c.otherId] WHERE x IS NOT NULL] WHERE
    any(kind IN $kinds WHERE coalesce(
      COLLECT {
        MATCH (d:Change {targetId: end})
        WHERE d.otherId IS NULL AND d.at <= c.at
        RETURN coalesce(d.after, d.before) AS state
        ORDER BY d.at DESC, d.id DESC
        LIMIT 1
      }[0],
      COLLECT { MATCH (n:Node {id: end}) RETURN '"kind":"' + n.kind + '"' AS state }[0]
    ) CONTAINS '"kind":"' + kind + '"')))
RETURN c {.*, at: toString(c.at)} AS change
ORDER BY c.at, c.id
SKIP $offset
LIMIT $limit
