// One level of a planned relationship tree (see read/related-tree; filled by CypherCatalog.renderTree): the
// nodes n{{NEXT}} that n{{AT}} reaches over {{TYPE}} (node and relationship holding at
// $validAt), of the kinds $kinds{{NEXT}}, sorted by name then id, at
// most $first{{NEXT}}, each read as partials/node-value reads a node (every property when $keys{{NEXT}} is null, else
// the values of $keys{{NEXT}}), with the lists of its own planned levels.
COLLECT {
  MATCH (n{{AT}}){{IN}}-[r{{NEXT}}:{{TYPE}}]-{{OUT}}(n{{NEXT}}:Node)
  WHERE n{{NEXT}}.kind IN $kinds{{NEXT}} AND {{VALID_REL r{{NEXT}}}} AND {{VALID n{{NEXT}}}}
  WITH n{{NEXT}} ORDER BY n{{NEXT}}.sortName, n{{NEXT}}.id LIMIT $first{{NEXT}}
  RETURN {
    node: CASE WHEN $keys{{NEXT}} IS NULL THEN n{{NEXT}} {.*} ELSE [k IN $keys{{NEXT}} | n{{NEXT}}[k]] END,
    children: [{{CHILDREN}}]
  }
}
