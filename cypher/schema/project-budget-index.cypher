CREATE INDEX project_budget IF NOT EXISTS FOR (n:Project) ON (n.budgetEur)
