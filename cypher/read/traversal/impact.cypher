// What depends on $of: every node with a directed dependency path of 1..{{DEPTH}} hops to it (fewest hops),
// the projects among them, the Zielbilder those projects contribute to, the Schwerpunktthemen of those
// Zielbilder, and the sum of the projects' known budgets (unknown counts as 0).
// The affected nodes and the projects are answered as pages, one per request in $affectedPages / $projectPages
// ({key, first, after}: keyset-paged in the order hops, name, id, `after` being the {hops, name, id} of the
// previous page's last row or null), each with the count of all rows; the Zielbilder and Schwerpunktthemen as
// the first N by name, one list per request in $targetVisionLists / $focusAreaLists ({key, first}).
// $of is a node reference, resolved in the same statement (one round trip); no row when it names no node or
// several (the caller then resolves it on its own to say why).
WITH {text: $of, lower: $ofLower, phrase: $ofPhrase} AS ref
{{> reference-matches}}
WITH collect(node) AS matches
WITH CASE size(matches) WHEN 1 THEN matches[0] END AS o
WHERE o IS NOT NULL
CALL (o) {
  MATCH path = SHORTEST 1 (n:Node)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(o)
  WHERE n <> o
  WITH n, length(path) AS hops
  ORDER BY hops, n.name, n.id
  RETURN collect({node: n, hops: hops}) AS affected
}
CALL (affected) {
  UNWIND affected AS a
  WITH a WHERE a.node:Project
  RETURN collect(a) AS projects, sum(coalesce(a.node.budgetEur, 0)) AS totalBudgetEur
}
CALL (projects) {
  UNWIND projects AS a
  WITH a.node AS p
  MATCH (p)-[:CONTRIBUTES_TO]->(tv:TargetVision)
  WITH DISTINCT tv ORDER BY tv.name, tv.id
  RETURN collect(tv) AS targetVisions
}
CALL (targetVisions) {
  UNWIND targetVisions AS tv
  MATCH (fa:FocusArea)-[:HAS_TARGET_VISION]->(tv)
  WITH DISTINCT fa ORDER BY fa.name, fa.id
  RETURN collect(fa) AS focusAreas
}
RETURN o {.*} AS of,
       [q IN $affectedPages | [after IN [q.after] | [rest IN [[x IN affected WHERE {{> traversal-rest}}]] | {
         key: q.key, total: size(affected), hasNextPage: size(rest) > q.first, hasPreviousPage: size(rest) < size(affected),
         rows: [x IN rest[0..q.first] | {node: properties(x.node), hops: x.hops}]
       }][0]][0]] AS affectedPages,
       [q IN $projectPages | [after IN [q.after] | [rest IN [[x IN projects WHERE {{> traversal-rest}}]] | {
         key: q.key, total: size(projects), hasNextPage: size(rest) > q.first, hasPreviousPage: size(rest) < size(projects),
         rows: [x IN rest[0..q.first] | {node: properties(x.node), hops: x.hops}]
       }][0]][0]] AS projectPages,
       [q IN $targetVisionLists | {key: q.key, rows: [tv IN targetVisions[0..q.first] | tv {.*}]}] AS targetVisionLists,
       [q IN $focusAreaLists | {key: q.key, rows: [fa IN focusAreas[0..q.first] | fa {.*}]}] AS focusAreaLists,
       totalBudgetEur
