// From `items` (every project and programme {x, groups}): every known budget counted once. totalKnownEur is the
// sum of all of them; an amount whose project or programme belongs to exactly one group goes to that group's
// row, any other (no group, or several: e.g. a package spread over all five Schwerpunktthemen) to unassignedEur.
// stats: per group with members, its projects and programmes and their budgets (a project in several groups
// counts in each group's projectCount, its budget in none of their rows).
WITH items,
     reduce(t = 0.0, i IN items | t + coalesce(i.x.budgetEur, 0.0)) AS totalKnownEur,
     reduce(t = 0.0, i IN items | t + CASE size(i.groups) WHEN 1 THEN 0.0 ELSE coalesce(i.x.budgetEur, 0.0) END) AS unassignedEur
CALL (items) {
  UNWIND items AS i
  UNWIND i.groups AS g
  WITH g, i.x AS x, size(i.groups) = 1 AS alone
  WITH g,
       count(CASE WHEN x:Project THEN x END) AS projectCount,
       count(CASE WHEN x:Project AND x.budgetEur IS NULL THEN x END) AS projectsWithoutBudget,
       sum(CASE WHEN x:Project AND alone THEN coalesce(x.budgetEur, 0.0) ELSE 0.0 END) AS knownBudgetEur,
       count(CASE WHEN x:Programme THEN x END) AS programmeCount,
       sum(CASE WHEN x:Programme AND alone THEN coalesce(x.budgetEur, 0.0) ELSE 0.0 END) AS programmeBudgetEur
  RETURN collect({id: g.id, projectCount: projectCount, projectsWithoutBudget: projectsWithoutBudget,
                  knownBudgetEur: knownBudgetEur, programmeCount: programmeCount,
                  programmeBudgetEur: programmeBudgetEur}) AS stats
}
