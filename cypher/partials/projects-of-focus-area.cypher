// p: the projects of focus area f: those contributing to one of its Zielbilder, and those in a programme
// that f alone runs. A programme run by several Schwerpunktthemen (the June 2025 package spans all five)
// says nothing about which of them each of its projects belongs to, so it does not count here.
CALL (f) {
  MATCH (f)-[:HAS_TARGET_VISION]->(:TargetVision)<-[:CONTRIBUTES_TO]-(p:Project)
  RETURN p
  UNION
  MATCH (f)-[:HAS_PROGRAMME]->(g:Programme)-[:INCLUDES]->(p:Project)
  WHERE COUNT { (g)<-[:HAS_PROGRAMME]-(:FocusArea) } = 1
  RETURN p
}
