// Names and aliases as keys ignoring case, diacritics, hyphens and spaces (analyzer strategiegraph-key):
// "Deutschland ID" finds the alias "DeutschlandID", "Fuehrerschein" the alias "Führerschein". `namesText` is the name
// and the aliases, one per line, in one field: a typo in a whole name (a fuzzy term, an automaton per field, the
// dearest part of a search) costs one automaton, not one for the name and one for the aliases. `kind` is a keyword.
CREATE FULLTEXT INDEX node_exact IF NOT EXISTS
FOR (n:Node) ON EACH [n.namesText, n.kind]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'strategiegraph-key' } }
