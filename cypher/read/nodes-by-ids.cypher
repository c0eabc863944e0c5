// The nodes with the given ids that hold at the request's valid date (missing ids are simply absent).
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE {{VALID n}}
RETURN n {.*} AS node
