// Each Zielbild with its Schwerpunktthemen and the named projects and the programmes contributing to it, each
// counted with the part whose link a source states and the part that is inferred (or contested), the known
// budget of those projects, and the Themenfelder pointing at it (placeholders, not counted as coverage). Only the
// nodes and relationships holding at $validAt count.
MATCH (tv:TargetVision)
WHERE {{VALID tv}}
CALL (tv) {
  OPTIONAL MATCH (fa:FocusArea)-[h:HAS_TARGET_VISION]->(tv)
  WHERE {{VALID fa}} AND {{VALID_HOP fa h}}
  WITH fa ORDER BY fa.name
  RETURN collect(fa {.*}) AS focusAreas
}
CALL (tv) {
  OPTIONAL MATCH (p:Project)-[r:CONTRIBUTES_TO]->(tv)
  WHERE {{VALID p}} AND {{VALID_HOP p r}}
  RETURN count(p) AS projectCount,
         count(CASE WHEN r.confidence = 'stated' THEN p END) AS statedProjectCount,
         count(CASE WHEN r.confidence <> 'stated' THEN p END) AS inferredProjectCount,
         sum(coalesce(p.budgetEur, 0)) AS knownBudgetEur,
         count(CASE WHEN p.budgetEur IS NULL THEN p END) AS projectsWithoutBudget
}
CALL (tv) {
  OPTIONAL MATCH (g:Programme)-[r:CONTRIBUTES_TO]->(tv)
  WHERE {{VALID g}} AND {{VALID_HOP g r}}
  RETURN count(g) AS programmeCount,
         count(CASE WHEN r.confidence = 'stated' THEN g END) AS statedProgrammeCount,
         count(CASE WHEN r.confidence <> 'stated' THEN g END) AS inferredProgrammeCount
}
RETURN tv {.*} AS targetVision, focusAreas, projectCount, statedProjectCount, inferredProjectCount, programmeCount,
       statedProgrammeCount, inferredProgrammeCount, COUNT { (tv)<-[c:CONTRIBUTES_TO]-(t:Theme) WHERE {{VALID_HOP t c}} AND {{VALID t}} } AS themeCount,
       knownBudgetEur, projectsWithoutBudget
ORDER BY tv.name, tv.id
