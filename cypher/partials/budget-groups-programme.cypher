// groups: the programmes the project or programme x belongs to: a programme to itself, a project to the
// programmes that include it (programme and INCLUDES holding at $validAt).
OPTIONAL CALL (x) {
  MATCH (x:Programme)
  RETURN x AS g
  UNION
  MATCH (x:Project)<-[i:INCLUDES]-(g:Programme)
  WHERE {{VALID_HOP g i}} AND {{VALID g}}
  RETURN g
}
RETURN collect(g) AS groups
