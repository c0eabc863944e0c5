// groups: the institutions leading the project or programme x (institution and LED_BY holding at $validAt).
OPTIONAL MATCH (x)-[l:LED_BY]->(g:Institution)
WHERE {{VALID_HOP g l}} AND {{VALID g}}
RETURN collect(DISTINCT g) AS groups
