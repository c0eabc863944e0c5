// The ids of the $kind nodes that pass one relational filter. The FILTER placeholder below is one of
// cypher/partials/filter-*.cypher (chosen by the code from that fixed list): it resolves the filter's node
// reference and yields `misses` (null when it names exactly one node: see partials/resolve-one) and `ids`.
{{FILTER}}
RETURN misses, ids
