// Every row of impact's `affected` list, one result row each, for exports that stream them (the driver pulls them
// in batches; nothing is collected here): every node with a directed dependency path of 1..{{DEPTH}} hops to the
// node $id, in the order hops, name, id (as the pages of read/traversal/impact), with its fewest hops, one shortest
// path (the explanation) and its evidence: 'stated' when a path within the depth whose every hop is stated reaches
// it (it stays under Evidence STATED), else 'inferred' (it is one of the rows impact's inferredCount counts).
// With Evidence STATED ($stated, and {{FOLLOWED}} stated) only stated relationships are followed, and every row is 'stated'.
// Nodes are read as partials/node-value reads them ($keys). $id is a node id the caller has resolved.
MATCH (o:Node {id: $id})
CALL (o) {
  MATCH path = SHORTEST 1 (n:Node)((hopFrom)-[r:{{DEPENDENCY}} {{FOLLOWED}}]->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(o)
  WHERE n <> o
  WITH * WHERE {{VALID n}}
  RETURN n, path, false AS allStated
  UNION ALL
  WITH o WHERE NOT $stated
  MATCH SHORTEST 1 (n:Node)((hopFrom)-[r:{{DEPENDENCY}} WHERE coalesce(r.confidence, 'stated') = 'stated']->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(o)
  WHERE n <> o
  WITH * WHERE {{VALID n}}
  RETURN n, null AS path, true AS allStated
}
WITH n, collect(path)[0] AS path, $stated OR count(CASE WHEN allStated THEN 1 END) > 0 AS stated
WITH n, path, length(path) AS hops, stated
ORDER BY hops, n.name, n.id
RETURN [pn IN [n] | {{> node-value}}][0] AS node,
       hops,
       CASE WHEN stated THEN 'stated' ELSE 'inferred' END AS evidence,
       {{> path-of}} AS path
