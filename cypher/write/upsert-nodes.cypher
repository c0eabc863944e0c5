// Creates or replaces nodes by id; the kind label is set once at creation (kinds never change).
// The version counts changes; createdAt survives updates.
UNWIND $rows AS row
MERGE (n:Node {id: row.props.id})
  ON CREATE SET n:$(row.props.kind), n.version = 0, n.createdAt = datetime()
WITH n, row, n.version AS version, n.createdAt AS createdAt
SET n = row.props
SET n.version = version + 1, n.createdAt = createdAt, n.updatedAt = datetime()
{{> bounded-label}}
WITH n
RETURN count(*) AS written
