// node(id:) and nodes(ids:) as planned: per id found, the node read as partials/node-value reads a node (every
// property when $keys is null, else the values of $keys), with the planned trees of the relationship fields selected
// under it, each for the kind whose selection asked for it (partials/related-on-kind: an empty list for a node of
// another kind) — the node and what its relationship fields list in one statement. The tree placeholder becomes one
// list per planned field (cypher/partials/related-level, filled by CypherCatalog.renderTree).
UNWIND $ids AS id
MATCH (n0:Node {id: id})
WHERE {{VALID n0}}
RETURN id, [pn IN [n0] | {{> node-value}}][0] AS node, {{TREE}} AS levels
