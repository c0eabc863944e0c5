// Creates or replaces {{TYPE}} relationships; at most one of a type between two nodes.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:{{TYPE}}]->(b)
SET r = row.props
RETURN count(*) AS written
