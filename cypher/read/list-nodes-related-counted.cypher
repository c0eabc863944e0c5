// One page of {{KIND}} nodes under one relational filter, and how many pass, in one round trip. The FILTER
// placeholder below is one of cypher/partials/filter-*.cypher (chosen by the code from that fixed list): it
// resolves the filter's node reference and yields `resolved` (its id, or null when it names no node or several)
// and `ids`.
{{FILTER}}
{{> node-page-counted}}
RETURN resolved, total, nodes
