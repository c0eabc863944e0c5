// Content hashes of existing {{TYPE}} relationships between the given pairs.
UNWIND $pairs AS pair
MATCH (:Node {id: pair.from})-[r:{{TYPE}}]->(:Node {id: pair.to})
RETURN pair.from AS from, pair.to AS to, r.contentHash AS hash
