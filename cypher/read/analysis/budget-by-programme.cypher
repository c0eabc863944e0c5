// Per programme: its own budget, and its projects with their known budgets.
MATCH (g:Programme)
CALL (g) {
  OPTIONAL MATCH (g)-[:INCLUDES]->(p:Project)
  RETURN count(p) AS projectCount,
         sum(coalesce(p.budgetEur, 0)) AS knownBudgetEur,
         count(CASE WHEN p.budgetEur IS NULL THEN p END) AS projectsWithoutBudget
}
RETURN g {.*} AS group, projectCount, knownBudgetEur, projectsWithoutBudget,
       coalesce(g.budgetEur, 0) AS programmeBudgetEur, 1 AS programmeCount
ORDER BY g.name, g.id
