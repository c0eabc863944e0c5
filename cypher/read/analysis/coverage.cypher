// Each Zielbild with its Schwerpunktthemen and the named projects and the programmes contributing to it, each
// counted with the part whose link a source states and the part that is inferred (or contested), the known
// budget of those projects, and the Themenfelder pointing at it (placeholders, not counted as coverage).
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
         count(CASE WHEN r.confidence <> 'stated' THEN p END) AS inferredProjectCount,
         sum(coalesce(p.budgetEur, 0)) AS knownBudgetEur,
         count(CASE WHEN p.budgetEur IS NULL THEN p END) AS projectsWithoutBudget
}
CALL (tv) {
  OPTIONAL MATCH (g:Programme)-[r:CONTRIBUTES_TO]->(tv)
  RETURN count(g) AS programmeCount,
         count(CASE WHEN r.confidence = 'stated' THEN g END) AS statedProgrammeCount,
         count(CASE WHEN r.confidence <> 'stated' THEN g END) AS inferredProgrammeCount
}
RETURN tv {.*} AS targetVision, focusAreas, projectCount, statedProjectCount, inferredProjectCount, programmeCount,
       statedProgrammeCount, inferredProgrammeCount, COUNT { (tv)<-[:CONTRIBUTES_TO]-(:Theme) } AS themeCount,
       knownBudgetEur, projectsWithoutBudget
ORDER BY tv.name, tv.id
