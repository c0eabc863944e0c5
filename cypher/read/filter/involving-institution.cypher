// One relational filter on its own (see cypher/partials/filter-institution.cypher).
{{> filter-institution}}
RETURN resolved, ids
