// Each Zielbild with its Schwerpunktthemen and the projects and programmes contributing to it
// (all, and those whose link is stated rather than inferred), with their known budget.
MATCH (tv:TargetVision)
CALL (tv) {
  OPTIONAL MATCH (fa:FocusArea)-[:HAS_TARGET_VISION]->(tv)
  WITH fa ORDER BY fa.name
  RETURN collect(fa {.*}) AS focusAreas
}
CALL (tv) {
  OPTIONAL MATCH (p:Project)-[r:CONTRIBUTES_TO]->(tv)
  RETURN count(p) AS projectCount,
         count(CASE WHEN r.confidence = 'stated' THEN p END) AS statedProjectCount,
         sum(coalesce(p.budgetEur, 0)) AS knownBudgetEur,
         count(CASE WHEN p.budgetEur IS NULL THEN p END) AS projectsWithoutBudget
}
CALL (tv) {
  OPTIONAL MATCH (g:Programme)-[:CONTRIBUTES_TO]->(tv)
  RETURN count(g) AS programmeCount
}
RETURN tv {.*} AS targetVision, focusAreas, projectCount, statedProjectCount, programmeCount,
       knownBudgetEur, projectsWithoutBudget
ORDER BY tv.name, tv.id
