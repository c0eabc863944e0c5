// Content hashes of existing relationships between the given pairs (type as a value, both ends bound);
// where the hash differs from rel.hash, also the stored properties (the history's "before").
UNWIND $rels AS rel
MATCH (:Node {id: rel.from})-[r]->(:Node {id: rel.to})
WHERE type(r) = rel.type
RETURN rel.from AS from, rel.type AS type, rel.to AS to, r.contentHash AS hash,
       CASE WHEN r.contentHash <> rel.hash THEN properties(r) END AS props
