// Names and aliases as keys ignoring case, diacritics, hyphens and spaces (analyzer strategiegraph-key):
// "Deutschland ID" finds the alias "DeutschlandID", "Fuehrerschein" the alias "Führerschein". `kind` is a keyword.
CREATE FULLTEXT INDEX node_exact IF NOT EXISTS
FOR (n:Node) ON EACH [n.name, n.aliasesText, n.kind]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'strategiegraph-key' } }
