// Q1: one node by id, scalar fields only.
MATCH (n:Node {id: $id})
RETURN {node: n {.id, .kind, .name, .description, .confidence, .status, .budgetEur, .startDate}} AS data
