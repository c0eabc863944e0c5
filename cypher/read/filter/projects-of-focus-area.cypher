// One relational filter on its own (see cypher/partials/filter-focus-area.cypher).
{{> filter-focus-area}}
RETURN resolved, ids
