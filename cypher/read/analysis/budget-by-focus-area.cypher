// Per Schwerpunktthema: its projects (see projects-of-focus-area) with the sum of their known budgets, how
// many have no known budget, and the budgets of the programmes it runs (a programme run by several
// Schwerpunktthemen counts in each of them).
MATCH (f:FocusArea)
CALL (f) {
  OPTIONAL CALL (f) {
    {{> projects-of-focus-area}}
    RETURN DISTINCT p
  }
  RETURN count(p) AS projectCount,
         sum(coalesce(p.budgetEur, 0)) AS knownBudgetEur,
         count(CASE WHEN p.budgetEur IS NULL THEN p END) AS projectsWithoutBudget
}
CALL (f) {
  OPTIONAL MATCH (f)-[:HAS_PROGRAMME]->(g:Programme)
  RETURN sum(coalesce(g.budgetEur, 0)) AS programmeBudgetEur, count(g) AS programmeCount
}
RETURN f {.*} AS group, projectCount, knownBudgetEur, projectsWithoutBudget, programmeBudgetEur, programmeCount
ORDER BY f.name, f.id
