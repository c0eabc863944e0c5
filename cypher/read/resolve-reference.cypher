// What a node reference names: the node with that id, or else every node whose name or one of whose aliases
// equals it, ignoring case. The full-text index finds the candidates; the exact comparison decides.
OPTIONAL MATCH (byId:Node {id: $ref})
CALL (byId) {
  WITH byId WHERE byId IS NOT NULL
  RETURN byId AS node
  UNION
  WITH byId WHERE byId IS NULL
  CALL db.index.fulltext.queryNodes('node_search', $phrase, {limit: 200}) YIELD node
  WITH node
  WHERE toLower(node.name) = $lower OR any(a IN node.aliases WHERE toLower(a) = $lower)
  RETURN node
}
RETURN node {.*} AS node
ORDER BY node.sortName, node.id
LIMIT 20
