// Readiness: the database answers and the project's constraint and full-text indexes are online.
SHOW INDEXES YIELD name, state
WHERE name IN ['node_id_unique', 'node_search', 'node_exact'] AND state = 'ONLINE'
RETURN count(*) = 3 AS ready
