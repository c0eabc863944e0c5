// A cheap stamp of the graph's state, read before every linked-data answer: counts from the count store and the
// newest Change (one seek in the change_at index), with the oldest (when the graph was first written). Every mutation and every import appends Changes in the same
// transaction, so a committed change always changes the stamp; the counts also notice writes that bypass the API.
CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
OPTIONAL CALL () {
  MATCH (c:Change) WHERE c.at IS NOT NULL
  RETURN c AS last ORDER BY c.at DESC LIMIT 1
}
OPTIONAL CALL () {
  MATCH (c:Change) WHERE c.at IS NOT NULL
  RETURN c AS first ORDER BY c.at LIMIT 1
}
RETURN nodes, relationships, changes, toString(last.at) AS lastChangeAt, last.id AS lastChangeId, toString(first.at) AS firstChangeAt
