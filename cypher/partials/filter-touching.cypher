// Ids of the nodes of $kind with a directed dependency path of 1..{{DEPTH}} hops to the target.
// The target is a node reference, resolved here (see partials/filter-related for `misses`).
WITH $ref AS ref
{{> resolve-one}}
WITH node AS t, misses
CALL (t) {
  WITH t WHERE t IS NOT NULL
  MATCH ANY (n:Node)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(t)
  WHERE n.kind = $kind
  RETURN collect(DISTINCT n.id) AS ids
}
WITH misses, ids
