// Ids of the nodes of $kind with a directed dependency path of 1..{{DEPTH}} hops to the target.
// The target is a node reference, resolved here (see partials/filter-related for `resolved`).
WITH {text: $ref, lower: $refLower, phrase: $refPhrase} AS ref
{{> reference-matches}}
WITH collect(node) AS matches
WITH CASE size(matches) WHEN 1 THEN matches[0] END AS t
CALL (t) {
  WITH t WHERE t IS NOT NULL
  MATCH ANY (n:Node)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(t)
  WHERE n.kind = $kind
  RETURN collect(DISTINCT n.id) AS ids
}
WITH t.id AS resolved, ids
