// Each Ziel with its Zielbilder and what advances it: every contribution with its node and how firm the link
// is, and the counts per kind. Contributors are projects, programmes, systems and standards; Themenfelder
// (placeholders for unnamed projects) are counted apart. In the order of the Zielbilder, then the goals' names.
// Only the nodes and relationships holding at $validAt count.
MATCH (goal:Goal)
WHERE {{VALID goal}}
CALL (goal) {
  OPTIONAL MATCH (tv:TargetVision)-[h:HAS_GOAL]->(goal)
  WHERE {{VALID tv}} AND {{VALID_HOP tv h}}
  WITH tv ORDER BY tv.name, tv.id
  RETURN collect(tv {.*}) AS targetVisions
}
CALL (goal) {
  OPTIONAL MATCH (x)-[r:ADVANCES]->(goal)
  WHERE {{VALID x}} AND {{VALID_HOP x r}}
  WITH x, r ORDER BY x.kind, x.name, x.id
  RETURN collect(CASE WHEN x IS NOT NULL THEN {node: x {.*}, confidence: r.confidence, note: r.note} END) AS contributions,
         count(CASE WHEN x:Project THEN x END) AS projectCount,
         count(CASE WHEN x:Programme THEN x END) AS programmeCount,
         count(CASE WHEN x:System THEN x END) AS systemCount,
         count(CASE WHEN x:Standard THEN x END) AS standardCount,
         count(CASE WHEN x:Theme THEN x END) AS themeCount,
         count(CASE WHEN NOT x:Theme AND r.confidence = 'stated' THEN x END) AS statedCount,
         count(CASE WHEN NOT x:Theme AND r.confidence <> 'stated' THEN x END) AS inferredCount
}
RETURN goal {.*} AS goal, targetVisions, contributions, projectCount, programmeCount, systemCount, standardCount,
       themeCount, statedCount, inferredCount
ORDER BY coalesce(targetVisions[0].name, ''), goal.name, goal.id
