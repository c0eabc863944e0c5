// One page of the projects with a directed path over dependency relationships of 1..{{DEPTH}} hops to the target,
// each with its fewest hops and one shortest path, in the order hops, project name, id; keyset-paged: the rows
// after $after ({hops, name, id} of the previous page's last row, or null), at most $first of them, with the
// count of all rows (total) and whether more follow.
// With Evidence STATED ($stated, and {{FOLLOWED}} stated) only stated relationships are followed. When $countInferred (and not $stated),
// `inferred` counts the projects that no all-stated path within the depth reaches (the rows STATED drops).
// The paths' nodes (the project first) are read as partials/node-value reads them ($keys).
// The target is a node reference, resolved in the same statement (one round trip, partials/resolve-one): `misses`
// is null when it names exactly one node, else what it names (the repository reports why from it).
WITH $target AS ref
{{> resolve-one}}
WITH node AS t, misses
CALL (t) {
  WITH t WHERE t IS NOT NULL
  MATCH path = SHORTEST 1 (p:Project)((hopFrom)-[r:{{DEPENDENCY}} {{FOLLOWED}}]->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(t)
  WITH * WHERE {{VALID p}}
  WITH p, path, length(path) AS hops
  ORDER BY hops, p.name, p.id
  RETURN collect({node: p, hops: hops, path: path}) AS touching
}
CALL (t) {
  WITH t WHERE t IS NOT NULL AND $countInferred AND NOT $stated
  MATCH SHORTEST 1 (p:Project)((hopFrom)-[r:{{DEPENDENCY}} WHERE coalesce(r.confidence, 'stated') = 'stated']->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(t)
  WITH * WHERE {{VALID p}}
  RETURN count(p) AS statedTotal
}
WITH misses, touching, statedTotal, $after AS after
WITH misses, statedTotal, size(touching) AS total, [x IN touching WHERE {{> traversal-rest}}] AS rest
RETURN misses,
       total,
       CASE WHEN $stated THEN 0 WHEN $countInferred THEN total - statedTotal END AS inferred,
       size(rest) > $first AS hasNextPage,
       size(rest) < total AS hasPreviousPage,
       [x IN rest[0..$first] | {
         name: x.node.name,
         hops: x.hops,
         path: [path IN [x.path] | {{> path-of}}][0]
       }] AS page
