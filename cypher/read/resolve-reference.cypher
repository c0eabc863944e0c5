// What a node reference names (see cypher/partials/reference-matches), sorted, at most 20.
WITH {text: $ref, lower: $refLower, phrase: $refPhrase} AS ref
{{> reference-matches}}
RETURN node {.*} AS node
ORDER BY node.sortName, node.id
LIMIT 20
