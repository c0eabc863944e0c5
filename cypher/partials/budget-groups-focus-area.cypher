// groups: the Schwerpunktthemen the project or programme x belongs to. A project belongs to those whose Zielbild
// it contributes to, and to the one that alone runs a programme including it (as partials/projects-of-focus-area);
// a programme to those that run it and those whose Zielbild it contributes to. A programme that only spans
// several Schwerpunktthemen (SPANS) belongs to none of them. Every node and relationship on the way holds at $validAt.
OPTIONAL CALL (x) {
  MATCH (x)-[c:CONTRIBUTES_TO]->(tv:TargetVision)<-[h:HAS_TARGET_VISION]-(g:FocusArea)
  WHERE {{VALID_HOP tv c}} AND {{VALID tv}} AND {{VALID_HOP g h}} AND {{VALID g}}
  RETURN g
  UNION
  MATCH (x:Project)<-[i:INCLUDES]-(p:Programme)<-[h:HAS_PROGRAMME]-(g:FocusArea)
  WHERE {{VALID_HOP p i}} AND {{VALID p}} AND {{VALID_HOP g h}} AND {{VALID g}}
    AND COUNT { (p)<-[o:HAS_PROGRAMME]-(f:FocusArea) WHERE {{VALID_HOP f o}} AND {{VALID f}} } = 1
  RETURN g
  UNION
  MATCH (x:Programme)<-[h:HAS_PROGRAMME]-(g:FocusArea)
  WHERE {{VALID_HOP g h}} AND {{VALID g}}
  RETURN g
}
RETURN collect(g) AS groups
