// A store from before storage format 3 has no namesText (node_exact's field: the name and the aliases, one per
// line, as src/graph/neo4j/mapping.ts writes it): derived here in batches of $batch nodes when schema setup rebuilds a
// full-text index of such a store; run until it derives none.
MATCH (n:Node) WHERE n.namesText IS NULL
WITH n LIMIT $batch
SET n.namesText = reduce(text = n.name, alias IN coalesce(n.aliases, []) | text + '\n' + alias)
RETURN count(n) AS derived
