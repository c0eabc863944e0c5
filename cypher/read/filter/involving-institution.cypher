// Ids of the $kind nodes an institution leads, funds or takes part in.
MATCH (i:Institution {id: $institution})
CALL (i) {
  MATCH (n:Node)-[:LED_BY|FUNDED_BY]->(i) RETURN n
  UNION
  MATCH (i)-[:PARTICIPATES_IN]->(n:Node) RETURN n
}
WITH n WHERE n.kind = $kind
RETURN collect(DISTINCT n.id) AS ids
