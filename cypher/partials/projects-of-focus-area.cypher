// p: the projects of focus area f: those contributing to one of its Zielbilder, and those in a programme
// that f alone runs. A programme run by several Schwerpunktthemen (the June 2025 package spans all five)
// says nothing about which of them each of its projects belongs to, so it does not count here. Every node and
// relationship on the way holds at $validAt.
CALL (f) {
  MATCH (f)-[h:HAS_TARGET_VISION]->(tv:TargetVision)<-[c:CONTRIBUTES_TO]-(p:Project)
  WHERE {{VALID_HOP tv h}} AND {{VALID tv}} AND {{VALID_HOP p c}} AND {{VALID p}}
  RETURN p
  UNION
  MATCH (f)-[h:HAS_PROGRAMME]->(g:Programme)-[i:INCLUDES]->(p:Project)
  WHERE {{VALID_HOP g h}} AND {{VALID g}} AND {{VALID_HOP p i}} AND {{VALID p}}
    AND COUNT { (g)<-[o:HAS_PROGRAMME]-(fa:FocusArea) WHERE {{VALID_HOP fa o}} AND {{VALID fa}} } = 1
  RETURN p
}
