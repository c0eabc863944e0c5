// Per institution that leads projects or programmes: the projects it leads with their known budgets, and
// the budgets of the programmes it leads.
MATCH (i:Institution)
WHERE EXISTS { (i)<-[:LED_BY]-(:Project|Programme) }
CALL (i) {
  OPTIONAL MATCH (p:Project)-[:LED_BY]->(i)
  RETURN count(p) AS projectCount,
         sum(coalesce(p.budgetEur, 0)) AS knownBudgetEur,
         count(CASE WHEN p.budgetEur IS NULL THEN p END) AS projectsWithoutBudget
}
CALL (i) {
  OPTIONAL MATCH (g:Programme)-[:LED_BY]->(i)
  RETURN sum(coalesce(g.budgetEur, 0)) AS programmeBudgetEur, count(g) AS programmeCount
}
RETURN i {.*} AS group, projectCount, knownBudgetEur, projectsWithoutBudget, programmeBudgetEur, programmeCount
ORDER BY i.name, i.id
