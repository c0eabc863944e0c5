// A node's linked-data document: the node, and each of its relationships in either direction with the other end's
// id, kind and name. No row when there is no such node.
MATCH (n:Node {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(m:Node)
  RETURN collect({from: startNode(r).id, type: type(r), to: endNode(r).id, props: properties(r), other: m {.id, .kind, .name}}) AS relationships
}
RETURN n {.*} AS node, relationships
