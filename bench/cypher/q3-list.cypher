// Q3: the first page of projects sorted by name, with the total count (counted, not collected). The page is
// read in the order of the Project(sortName, id) index, the count comes from the count store.
CALL () {
  MATCH (n:Project)
  WHERE n.sortName IS NOT NULL AND n.id IS NOT NULL
  WITH n ORDER BY n.sortName, n.id LIMIT $first + 1
  RETURN collect(n {.id, .name, .status}) AS page
}
CALL () {
  MATCH (n:Project)
  RETURN count(n) AS total
}
RETURN {projects: {totalCount: total, pageInfo: {hasNextPage: size(page) > $first}, nodes: page[0..$first]}} AS data
