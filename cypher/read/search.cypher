// Search in four match classes, best class first (README, "Search"); the queries come from src/domain/search.ts:
//   0 EXACT        node_exact: a name or alias equals the text, ignoring case, diacritics, hyphens and spaces
//   1 NAME         every word in the name or aliases (a word or a part of a compound)
//   2 DESCRIPTION  every word in the name, aliases or description
//   3 FUZZY        any word within its edit distance in the name, or any word or part of a compound query word in
//                  the name, aliases or description (analyzer strategiegraph-german-parts splits query words)
// The hits' nodes are read as partials/node-value reads them ($keys); only those that hold at $validAt are kept.
// A node counts in its best class, with the Lucene score it has there; within a class by score, then by name.
// Each class needs at most $first candidates (at most as many of them as the better classes found are theirs).
// NAME and DESCRIPTION run while the better classes found fewer than $first nodes; FUZZY, the dearest (a fuzzy
// term is an automaton matched against the index's terms), only when no name or alias matched (EXACT and NAME found
// none): a word met only in some description ("Innenministerium" in a person's) does not hide the name it misspells.
CALL db.index.fulltext.queryNodes('node_exact', $exact, {limit: $first, analyzer: 'strategiegraph-key-query'})
YIELD node, score
WITH collect({node: node, class: 0, score: score}) AS hits
CALL (hits) {
  WITH hits WHERE size(hits) < $first
  CALL db.index.fulltext.queryNodes('node_search', $names, {limit: $first, analyzer: 'strategiegraph-german-query'})
  YIELD node, score
  WITH node, score WHERE NOT node IN [h IN hits | h.node]
  RETURN collect({node: node, class: 1, score: score}) AS found
}
WITH hits + found AS hits
CALL (hits) {
  WITH hits WHERE size(hits) < $first
  CALL db.index.fulltext.queryNodes('node_search', $words, {limit: $first, analyzer: 'strategiegraph-german-query'})
  YIELD node, score
  WITH node, score WHERE NOT node IN [h IN hits | h.node]
  RETURN collect({node: node, class: 2, score: score}) AS found
}
WITH hits + found AS hits
CALL (hits) {
  WITH hits WHERE none(h IN hits WHERE h.class < 2)
  CALL () {
    // First a typo in a whole name or alias ($fuzzyKey, null when the text has no such key), then the rest.
    WITH 0 AS tier WHERE $fuzzyKey IS NOT NULL
    CALL db.index.fulltext.queryNodes('node_exact', $fuzzyKey, {limit: $first})
    YIELD node, score
    RETURN node, tier, score
    UNION
    CALL db.index.fulltext.queryNodes('node_search', $fuzzy, {limit: $first, analyzer: 'strategiegraph-german-parts'})
    YIELD node, score
    RETURN node, 1 AS tier, score
  }
  WITH node, tier, score WHERE NOT node IN [h IN hits | h.node]
  ORDER BY tier, score DESC
  WITH node, head(collect({tier: tier, score: score})) AS best
  RETURN collect({node: node, class: 3, tier: best.tier, score: best.score}) AS found
}
UNWIND hits + found AS hit
WITH hit.node AS node, hit.class AS class, coalesce(hit.tier, 0) AS tier, hit.score AS score
WHERE {{VALID node}}
ORDER BY class, tier, score DESC, node.sortName, node.id
LIMIT $first
RETURN [pn IN [node] | {{> node-value}}][0] AS node, class, score
