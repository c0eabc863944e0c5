// One relational filter on its own (see cypher/partials/filter-related.cypher).
{{> filter-related}}
RETURN resolved, ids
