// Q7: what depends on $of within {{DEPTH}} hops, its projects, their Zielbilder and Schwerpunktthemen, the budget.
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
CALL (projects) {
  UNWIND projects AS p
  MATCH (p)-[:CONTRIBUTES_TO]->(tv:TargetVision)
  WITH DISTINCT tv ORDER BY tv.name, tv.id
  RETURN collect(tv {.id}) AS targetVisions
}
CALL (projects) {
  UNWIND projects AS p
  MATCH (p)-[:CONTRIBUTES_TO]->(:TargetVision)<-[:HAS_TARGET_VISION]-(fa:FocusArea)
  WITH DISTINCT fa ORDER BY fa.name, fa.id
  RETURN collect(fa {.id}) AS focusAreas
}
RETURN {impact: {
  of: o {.id},
  affected: [a IN affected | {hops: a.hops, node: {id: a.node.id}}],
  projects: [p IN projects | p {.id}],
  targetVisions: targetVisions,
  focusAreas: focusAreas,
  totalBudgetEur: totalBudgetEur
}} AS data
