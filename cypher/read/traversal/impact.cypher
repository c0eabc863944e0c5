// What depends on $of: every node with a directed dependency path of 1..{{DEPTH}} hops to it (fewest hops),
// the projects among them, the Zielbilder those projects contribute to, the Schwerpunktthemen of those
// Zielbilder, and the sum of the projects' known budgets (unknown counts as 0).
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
  WITH a.node AS p
  WHERE p:Project
  RETURN collect(p) AS projects, sum(coalesce(p.budgetEur, 0)) AS totalBudgetEur
}
CALL (projects) {
  UNWIND projects AS p
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
       [a IN affected | {node: properties(a.node), hops: a.hops}] AS affected,
       [p IN projects | p {.*}] AS projects,
       [tv IN targetVisions | tv {.*}] AS targetVisions,
       [fa IN focusAreas | fa {.*}] AS focusAreas,
       totalBudgetEur
