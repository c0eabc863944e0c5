// Every relationship for an export, or only those with both ends in $ids (null = all),
// ordered by from, type and to; with $validAt (null: every fact) only those holding then, with both ends.
MATCH (a:Node)-[r]->(b:Node)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids)) AND {{VALID_HOP a r}} AND {{VALID a}} AND {{VALID b}}
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to
