// Property filters of lists; a null parameter means "no filter". Only nodes that hold at $validAt.
WITH n
WHERE {{VALID n}}
  AND ($nameContains IS NULL
       OR n.sortName CONTAINS $nameContains
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS $nameContains))
  AND ($confidence IS NULL OR n.confidence = $confidence)
  AND ($status IS NULL OR n.status IN $status)
  AND ($budgetMin IS NULL OR n.budgetEur >= $budgetMin)
  AND ($budgetMax IS NULL OR n.budgetEur <= $budgetMax)
  AND ($institutionTypes IS NULL OR n.type IN $institutionTypes)
