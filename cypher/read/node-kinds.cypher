// The kind and valid period of each of $ids that exists.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.kind AS kind, n.validFrom AS validFrom, n.validTo AS validTo
