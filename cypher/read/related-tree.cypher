// Per parent: a planned tree of relationship fields in one statement, e.g. focusAreas { targetVisions {
// projects { leadInstitutions systems services } } } — what the request's DataLoaders would otherwise fetch
// level by level, one round trip per level; a plan of one level is a relationship field on its own. The tree
// placeholder becomes one list per top level (cypher/partials/related-level, filled by CypherCatalog.renderTree).
UNWIND $ids AS id
MATCH (n0:Node {id: id})
RETURN id, {{TREE}} AS levels
