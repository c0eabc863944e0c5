// Full-text search (German analyzer) over name, aliases and description; $query is already escaped.
CALL db.index.fulltext.queryNodes('node_search', $query, {limit: $candidates})
YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.*} AS node, score
LIMIT $first
