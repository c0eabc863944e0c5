// The label BoundedEnds on both ends, a and b, of a relationship r with a valid-time bound (validFrom or validTo),
// so that a traversal's {{VALID_HOP a r}} passes a hop from a node without it on its label alone (see CypherCatalog:
// VALID_HOP). Set, never removed: a node that once was an end of a bounded relationship only costs its hops a
// property read.
FOREACH (_ IN CASE WHEN r.validFrom IS NULL AND r.validTo IS NULL THEN [] ELSE [1] END | SET a:BoundedEnds, b:BoundedEnds)
