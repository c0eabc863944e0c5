// Q4: the first page of projects led by an institution, sorted by name, with the total count.
MATCH (i:Institution {id: $institution})
CALL (i) {
  MATCH (n:Project)-[:LED_BY]->(i)
  WITH n ORDER BY n.sortName, n.id LIMIT $first + 1
  RETURN collect(n {.id, .name}) AS page
}
CALL (i) {
  MATCH (n:Project)-[:LED_BY]->(i)
  RETURN count(n) AS total
}
RETURN {projects: {totalCount: total, pageInfo: {hasNextPage: size(page) > $first}, nodes: page[0..$first]}} AS data
