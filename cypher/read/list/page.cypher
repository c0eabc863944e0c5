// One page of {{KIND}} nodes (`nodes`, each read as partials/node-value reads it) under at most one relational
// filter and the property filters, sorted by $sortField (unknown values last), then id, and, when $counted, how
// many pass (`total`, counted as they stream by; 0 when not asked). $limit is one more than the page, so the
// caller knows whether another page follows. The FILTER placeholder below is one of cypher/partials/filter-*.cypher
// (chosen by the code from that fixed list): it yields `ids` (null: the whole kind) and `misses` (null unless the
// filter's node reference names no node or several: see partials/resolve-one).
{{FILTER}}
CALL (ids) {
  WITH ids WHERE $counted
  {{> node-candidates}}
  {{> node-filters}}
  RETURN count(n) AS total
}
CALL (ids) {
  {{> node-candidates}}
  {{> node-filters}}
  WITH n, CASE $sortField
    WHEN 'name' THEN n.sortName
    WHEN 'budgetEur' THEN n.budgetEur
    WHEN 'startDate' THEN n.startDate
    WHEN 'endDate' THEN n.endDate
    WHEN 'date' THEN n.date
    WHEN 'number' THEN n.number
    WHEN 'status' THEN n.status
    WHEN 'updatedAt' THEN n.updatedAt
  END AS key
  ORDER BY key IS NULL,
    CASE WHEN $descending THEN null ELSE key END ASC,
    CASE WHEN $descending THEN key ELSE null END DESC,
    n.id
  SKIP $offset
  LIMIT $limit
  RETURN collect([pn IN [n] | {{> node-value}}][0]) AS nodes
}
RETURN misses, total, nodes
