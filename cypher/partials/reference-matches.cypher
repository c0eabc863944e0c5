// Every node the reference `ref` ({text, lower, phrase}) names that holds at $validAt, as `node`: the node whose id is ref.text, or else
// every node whose name or one of whose aliases equals it, ignoring case. The name-key index finds the candidates
// (ref.phrase is the escaped phrase query; keys ignore more than case, so they are a superset); the exact
// comparison decides.
CALL (ref) {
  OPTIONAL MATCH (byId:Node {id: ref.text})
  CALL (byId, ref) {
    WITH byId WHERE byId IS NOT NULL
    RETURN byId AS node
    UNION
    WITH byId, ref WHERE byId IS NULL
    CALL db.index.fulltext.queryNodes('node_exact', ref.phrase, {limit: 200, analyzer: 'strategiegraph-key-query'}) YIELD node
    WITH node, ref
    WHERE toLower(node.name) = ref.lower OR any(a IN node.aliases WHERE toLower(a) = ref.lower)
    RETURN node
  }
  WITH node WHERE {{VALID node}}
  RETURN node
}
