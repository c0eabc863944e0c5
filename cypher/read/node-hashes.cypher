// Content hashes of existing nodes, to tell created, updated and unchanged apart.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.contentHash AS hash
