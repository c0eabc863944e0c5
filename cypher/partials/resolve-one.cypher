// The node the reference `ref` names (a map {text, lower, phrase}: one parameter, from referenceParam in
// src/graph/repositories/references.ts; what it names: partials/reference-matches): `node` is that node, or null
// when it names no node or several. `misses` is null when it names exactly one; otherwise what it names (no node,
// or the first 20 of the nodes it cannot choose between by sortName and id, each {id, kind, name}). A statement
// returns `misses` in its row, so that its repository says why a reference did not resolve without running the
// statement again (references.ts: unresolved).
CALL (ref) {
  {{> reference-matches}}
  WITH node ORDER BY node.sortName, node.id
  WITH collect(node) AS matches
  RETURN CASE size(matches) WHEN 1 THEN matches[0] END AS node,
         CASE WHEN size(matches) <> 1 THEN [m IN matches[0..20] | m {.id, .kind, .name}] END AS misses
}
