// Readiness: the database answers and the project's constraint and full-text index are online.
SHOW INDEXES YIELD name, state
WHERE name IN ['node_id_unique', 'node_search'] AND state = 'ONLINE'
RETURN count(*) AS online
