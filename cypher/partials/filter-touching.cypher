// Ids of the nodes of $kind with a directed dependency path of 1..{{DEPTH}} hops to the target, every node and
// relationship on it holding at $validAt (as read/traversal/projects-touching follows them; the start is tested after
// the match, so the search runs from the target).
// The target is a node reference, resolved here (see partials/filter-related for `misses`).
WITH $ref AS ref
{{> resolve-one}}
WITH node AS t, misses
CALL (t) {
  WITH t WHERE t IS NOT NULL
  MATCH ANY (n:Node)((hopFrom)-[r:{{DEPENDENCY}}]->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(t)
  WHERE n.kind = $kind
  WITH n WHERE {{VALID n}}
  RETURN collect(DISTINCT n.id) AS ids
}
WITH misses, ids
