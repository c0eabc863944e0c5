// The node a reference names (see cypher/partials/resolve-one): `node` (every property) when it names exactly one,
// else null and `misses`, what it names (no node, or the first 20 it cannot choose between).
WITH $ref AS ref
{{> resolve-one}}
RETURN node {.*} AS node, misses
