// Creates or replaces relationships; at most one of a type between two nodes.
// row.type has been checked against the model's relationship types by the importer's validation.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(*) AS written
