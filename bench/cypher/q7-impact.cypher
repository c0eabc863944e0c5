// Q7: what depends on $of within {{DEPTH}} hops, its projects, the Zielbilder its projects and programmes contribute to,
// their Schwerpunktthemen, the projects' budget (as the server's cypher/read/traversal/impact.cypher answers).
MATCH (o:Node {id: $of})
CALL (o) {
  MATCH path = SHORTEST 1 (n:Node)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(o)
  WHERE n <> o
  WITH n, length(path) AS hops
  ORDER BY hops, n.name, n.id
  RETURN collect({node: n, hops: hops}) AS affected
}
CALL (affected) {
  UNWIND affected AS a
  WITH a.node AS p WHERE p:Project
  RETURN collect(p) AS projects, sum(coalesce(p.budgetEur, 0)) AS totalBudgetEur
}
CALL (affected) {
  UNWIND affected AS a
  WITH a.node AS c WHERE c:Project OR c:Programme
  MATCH (c)-[:CONTRIBUTES_TO]->(tv:TargetVision)
  WITH DISTINCT tv ORDER BY tv.name, tv.id
  RETURN collect(tv) AS targetVisions
}
CALL (targetVisions) {
  UNWIND targetVisions AS tv
  MATCH (fa:FocusArea)-[:HAS_TARGET_VISION]->(tv)
  WITH DISTINCT fa ORDER BY fa.name, fa.id
  RETURN collect(fa {.id}) AS focusAreas
}
RETURN {impact: {
  of: o {.id},
  affected: [a IN affected | {hops: a.hops, node: {id: a.node.id}}],
  projects: [p IN projects | p {.id}],
  targetVisions: [tv IN targetVisions | tv {.id}],
  focusAreas: focusAreas,
  totalBudgetEur: totalBudgetEur
}} AS data
