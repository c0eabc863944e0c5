// groups: the Schwerpunktthemen the project or programme x belongs to. A project belongs to those whose Zielbild
// it contributes to, and to the one that alone runs a programme including it (as partials/projects-of-focus-area);
// a programme to those that run it and those whose Zielbild it contributes to. A programme that only spans
// several Schwerpunktthemen (SPANS) belongs to none of them.
OPTIONAL CALL (x) {
  MATCH (x)-[:CONTRIBUTES_TO]->(:TargetVision)<-[:HAS_TARGET_VISION]-(g:FocusArea)
  RETURN g
  UNION
  MATCH (x:Project)<-[:INCLUDES]-(p:Programme)<-[:HAS_PROGRAMME]-(g:FocusArea)
  WHERE COUNT { (p)<-[:HAS_PROGRAMME]-(:FocusArea) } = 1
  RETURN g
  UNION
  MATCH (x:Programme)<-[:HAS_PROGRAMME]-(g:FocusArea)
  RETURN g
}
RETURN collect(g) AS groups
