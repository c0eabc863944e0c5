// Every row of projectsTouching, one result row each, for exports that stream them (the driver pulls them in
// batches; nothing is collected here): the projects with a directed path over dependency relationships of
// 1..{{DEPTH}} hops to the node $id, in the order hops, project name, id (as the pages of
// read/traversal/projects-touching), each with its fewest hops, one shortest path (the explanation, the project
// first) and its evidence: 'stated' when a path within the depth whose every hop is stated reaches it (it stays
// under Evidence STATED), else 'inferred' (one of the rows inferredCount counts).
// With Evidence STATED ($stated, and {{FOLLOWED}} stated) only stated relationships are followed, and every row is 'stated'.
// Nodes are read as partials/node-value reads them ($keys). $id is a node id the caller has resolved.
MATCH (t:Node {id: $id})
CALL (t) {
  MATCH path = SHORTEST 1 (p:Project)((hopFrom)-[r:{{DEPENDENCY}} {{FOLLOWED}}]->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(t)
  WITH * WHERE {{VALID p}}
  RETURN p, path, false AS allStated
  UNION ALL
  WITH t WHERE NOT $stated
  MATCH SHORTEST 1 (p:Project)((hopFrom)-[r:{{DEPENDENCY}} WHERE coalesce(r.confidence, 'stated') = 'stated']->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(t)
  WITH * WHERE {{VALID p}}
  RETURN p, null AS path, true AS allStated
}
WITH p, collect(path)[0] AS path, $stated OR count(CASE WHEN allStated THEN 1 END) > 0 AS stated
WITH p, path, length(path) AS hops, stated
ORDER BY hops, p.name, p.id
RETURN [pn IN [p] | {{> node-value}}][0] AS node,
       hops,
       CASE WHEN stated THEN 'stated' ELSE 'inferred' END AS evidence,
       {{> path-of}} AS path
