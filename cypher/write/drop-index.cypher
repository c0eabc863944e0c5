// Drops the index $name, which cypher/schema declares differently from what the store has (src/graph/neo4j/schema-setup.ts).
DROP INDEX $name IF EXISTS
