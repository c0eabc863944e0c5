// How the full-text index $name is configured now (no row: it does not exist), for src/graph/neo4j/schema-setup.ts.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
WHERE name = $name
RETURN labelsOrTypes AS labels, properties, options.indexConfig.`fulltext.analyzer` AS analyzer
