// groups: the programmes the project or programme x belongs to: a programme to itself, a project to the
// programmes that include it.
OPTIONAL CALL (x) {
  MATCH (x:Programme)
  RETURN x AS g
  UNION
  MATCH (x:Project)<-[:INCLUDES]-(g:Programme)
  RETURN g
}
RETURN collect(g) AS groups
