// A planned level that applies only under a parent of one kind (see read/nodes-planned, where the kind of n{{AT}} is
// known only once it is read; filled by CypherCatalog.renderTree): the level's list when n{{AT}} is of the kind
// $on{{NEXT}}, else an empty list, without looking at its relationships.
CASE WHEN n{{AT}}.kind = $on{{NEXT}} THEN {{LEVEL}} ELSE [] END
