// Ids of the projects of a Schwerpunktthema (of $kind: only projects have focus areas).
// The Schwerpunktthema is a node reference, resolved here (see partials/filter-related for `resolved`).
WITH {text: $ref, lower: $refLower, phrase: $refPhrase} AS ref
{{> reference-matches}}
WITH collect(node) AS matches
WITH CASE size(matches) WHEN 1 THEN matches[0] END AS x
CALL (x) {
  WITH x AS f WHERE f:FocusArea
  {{> projects-of-focus-area}}
  WITH p WHERE p.kind = $kind
  RETURN collect(DISTINCT p.id) AS ids
}
WITH x.id AS resolved, ids
