// The ids of the $kind nodes that pass one relational filter. The FILTER placeholder below is one of
// cypher/partials/filter-*.cypher (chosen by the code from that fixed list): it resolves the filter's node
// reference and yields `resolved` (its id, or null when it names no node or several) and `ids`.
{{FILTER}}
RETURN resolved, ids
