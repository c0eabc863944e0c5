// Whether a traversal may follow the relationship `r`: every relationship when $stated is false, else only those
// whose confidence is stated (Evidence STATED). Used as the WHERE of a relationship pattern.
(NOT $stated OR coalesce(r.confidence, 'stated') = 'stated')
