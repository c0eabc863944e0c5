// Every node the reference `ref` ({text, lower, phrase}) names, as `node`: the node whose id is ref.text, or else
// every node whose name or one of whose aliases equals it, ignoring case. The full-text index finds the
// candidates (ref.phrase is the escaped phrase query); the exact comparison decides.
CALL (ref) {
  OPTIONAL MATCH (byId:Node {id: ref.text})
  CALL (byId, ref) {
    WITH byId WHERE byId IS NOT NULL
    RETURN byId AS node
    UNION
    WITH byId, ref WHERE byId IS NULL
    CALL db.index.fulltext.queryNodes('node_search', ref.phrase, {limit: 200}) YIELD node
    WITH node, ref
    WHERE toLower(node.name) = ref.lower OR any(a IN node.aliases WHERE toLower(a) = ref.lower)
    RETURN node
  }
  RETURN node
}
