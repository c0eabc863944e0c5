// Recorded time: the instant the history begins (null for a graph without one), the earliest an asOf.recorded may name.
MATCH (c:Change)
WHERE c.at IS NOT NULL
RETURN toString(c.at) AS at
ORDER BY c.at
LIMIT 1
