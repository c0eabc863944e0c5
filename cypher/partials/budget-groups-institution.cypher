// groups: the institutions leading the project or programme x.
OPTIONAL MATCH (x)-[:LED_BY]->(g:Institution)
RETURN collect(DISTINCT g) AS groups
