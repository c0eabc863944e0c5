// Ids of the $kind nodes an institution leads, funds or takes part in.
// The institution is a node reference, resolved here (see partials/filter-related for `misses`).
WITH $ref AS ref
{{> resolve-one}}
WITH node AS x, misses
CALL (x) {
  WITH x AS i WHERE i:Institution
  CALL (i) {
    MATCH (n:Node)-[r:LED_BY|FUNDED_BY]->(i) WHERE {{VALID_REL r}} RETURN n
    UNION
    MATCH (i)-[r:PARTICIPATES_IN]->(n:Node) WHERE {{VALID_REL r}} RETURN n
  }
  WITH n WHERE n.kind = $kind
  RETURN collect(DISTINCT n.id) AS ids
}
WITH misses, ids
