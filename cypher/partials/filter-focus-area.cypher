// Ids of the projects of a Schwerpunktthema (of $kind: only projects have focus areas).
// The Schwerpunktthema is a node reference, resolved here (see partials/filter-related for `misses`).
WITH $ref AS ref
{{> resolve-one}}
WITH node AS x, misses
CALL (x) {
  WITH x AS f WHERE f:FocusArea
  {{> projects-of-focus-area}}
  WITH p WHERE p.kind = $kind
  RETURN collect(DISTINCT p.id) AS ids
}
WITH misses, ids
