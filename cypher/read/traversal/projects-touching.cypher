// Every project with a directed path over dependency relationships of 1..{{DEPTH}} hops to the target, with its
// fewest hops and one shortest path. Sorted by hops, then project name, then id.
// The target is a node reference, resolved in the same statement (one round trip): `resolved` is its id, or null
// when it names no node or several (the caller then resolves it on its own to say why). A resolved target that
// no project touches gives one row without a project.
WITH {text: $target, lower: $targetLower, phrase: $targetPhrase} AS ref
{{> reference-matches}}
WITH collect(node) AS matches
WITH CASE size(matches) WHEN 1 THEN matches[0] END AS t
OPTIONAL CALL (t) {
  WITH t WHERE t IS NOT NULL
  MATCH path = SHORTEST 1 (p:Project)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(t)
  RETURN p, path
}
RETURN t.id AS resolved,
       p.id AS project,
       length(path) AS hops,
       [n IN nodes(path) | n {.*}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
ORDER BY hops, p.name, p.id
