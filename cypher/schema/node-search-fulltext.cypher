// Full-text search over names, aliases and descriptions with Lucene's German analyzer
// (stemming: "Fahrzeugzulassungen" finds "Fahrzeugzulassung").
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Node) ON EACH [n.name, n.aliasesText, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } }
