// The words of names, aliases and descriptions, with the parts of German compounds (analyzer strategiegraph-german
// from the launcher, or the plugin neo4j/target/plugins/strategiegraph-analyzer.jar): "Zulassung" finds
// "Fahrzeugzulassung". `kind` is a keyword, for filtering by kind inside the index.
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Node) ON EACH [n.name, n.aliasesText, n.description, n.kind]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'strategiegraph-german' } }
