// One page of {{KIND}} nodes as rows of n: filtered, sorted by $sortField (unknown values last), then id; one
// row more than asked, so the caller knows whether another page follows.
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
