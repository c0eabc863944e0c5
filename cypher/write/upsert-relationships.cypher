// Creates or replaces {{TYPE}} relationships; at most one of a type between two nodes.
// The type is static (one statement per type) so that MERGE expands only {{TYPE}} relationships and
// locks the two nodes it connects: no duplicates, also under concurrent writers.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:{{TYPE}}]->(b)
SET r = row.props
{{> bounded-ends-label}}
RETURN count(*) AS written
