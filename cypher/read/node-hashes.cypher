// Content hashes of existing nodes, to tell created, updated and unchanged apart; for nodes whose hash
// differs from $hashes[id], also their stored properties (the history's "before").
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.contentHash AS hash, CASE WHEN n.contentHash <> $hashes[id] THEN n {.*} END AS props
