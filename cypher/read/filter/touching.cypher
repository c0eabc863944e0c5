// One relational filter on its own (see cypher/partials/filter-touching.cypher).
{{> filter-touching}}
RETURN resolved, ids
