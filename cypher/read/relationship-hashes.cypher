// Content hashes of existing relationships between the given pairs (type as a value, both ends bound).
UNWIND $rels AS rel
MATCH (:Node {id: rel.from})-[r]->(:Node {id: rel.to})
WHERE type(r) = rel.type
RETURN rel.from AS from, rel.type AS type, rel.to AS to, r.contentHash AS hash
