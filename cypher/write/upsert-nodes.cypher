// Creates or replaces {{KIND}} nodes by id; the version counts changes, createdAt survives updates.
UNWIND $rows AS row
MERGE (n:Node {id: row.props.id})
  ON CREATE SET n:{{KIND}}, n.version = 0, n.createdAt = datetime()
WITH n, row, n.version AS version, n.createdAt AS createdAt
SET n = row.props
SET n.version = version + 1, n.createdAt = createdAt, n.updatedAt = datetime()
RETURN count(*) AS written
