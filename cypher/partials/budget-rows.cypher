// rows: one per group node g (in name order), with its stats from partials/budget-totals (zeros without).
WITH g, head([s IN stats WHERE s.id = g.id]) AS s
ORDER BY g.name, g.id
RETURN collect({group: g {.*},
                projectCount: coalesce(s.projectCount, 0),
                projectsWithoutBudget: coalesce(s.projectsWithoutBudget, 0),
                knownBudgetEur: coalesce(s.knownBudgetEur, 0.0),
                programmeCount: coalesce(s.programmeCount, 0),
                programmeBudgetEur: coalesce(s.programmeBudgetEur, 0.0)}) AS rows
