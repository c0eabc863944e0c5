// Q3: the first page of projects sorted by name, with the total count (counted, not collected).
CALL () {
  MATCH (n:Project)
  WITH n ORDER BY n.sortName, n.id LIMIT $first + 1
  RETURN collect(n {.id, .name, .status}) AS page
}
CALL () {
  MATCH (n:Project)
  RETURN count(n) AS total
}
RETURN {projects: {totalCount: total, pageInfo: {hasNextPage: size(page) > $first}, nodes: page[0..$first]}} AS data
