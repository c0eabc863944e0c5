// The label Bounded on the node n exactly when it has a valid-time bound (validFrom or validTo), so that a read's
// {{VALID n}} passes a node without one on its label alone (see CypherCatalog: VALID).
FOREACH (_ IN CASE WHEN n.validFrom IS NULL AND n.validTo IS NULL THEN [] ELSE [1] END | SET n:Bounded)
FOREACH (_ IN CASE WHEN n.validFrom IS NULL AND n.validTo IS NULL THEN [1] ELSE [] END | REMOVE n:Bounded)
