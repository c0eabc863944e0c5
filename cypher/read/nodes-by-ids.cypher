// The nodes with the given ids (missing ids are simply absent).
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n {.*} AS node
