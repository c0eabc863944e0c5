// One page of the projects with a directed path over dependency relationships of 1..{{DEPTH}} hops to the target,
// each with its fewest hops and one shortest path, in the order hops, project name, id; keyset-paged: the rows
// after $after ({hops, name, id} of the previous page's last row, or null), at most $first of them, and whether more
// follow. With $whole, also the count of all rows (total); else total is null.
// The page is found by deepening: the projects within 1, 2, … {{DEPTH}} hops (each search a shortest-path search of
// its depth, the LEVELS block below, repeated per depth), stopping at the first depth whose rows after $after fill the page — every project
// farther away sorts after all of them (the order begins with hops), so the page and hasNextPage are those of the
// whole depth, and the rows before $after (hops ≤ $after.hops) are all found (hasPreviousPage). A hub target's first
// page costs one hop's search; depths below $after.hops hold no row of the page and are not searched. With $whole
// (a total or an inferred count is asked) only the whole depth is searched, as one search.
// With Evidence STATED ($stated, and {{FOLLOWED}} stated) only stated relationships are followed. When $countInferred (and not $stated),
// `inferred` counts the projects that no all-stated path within the depth reaches (the rows STATED drops).
// The paths' nodes (the project first) are read as partials/node-value reads them ($keys).
// The target is a node reference, resolved in the same statement (one round trip, partials/resolve-one): `misses`
// is null when it names exactly one node, else what it names (the repository reports why from it).
WITH $target AS ref
{{> resolve-one}}
WITH node AS t, misses, [] AS touching, false AS done, $after AS after
{{#LEVELS}}
CALL (t, done, after) {
  WITH t WHERE t IS NOT NULL AND NOT done AND ({{LEVEL}} = {{DEPTH}} OR (NOT $whole AND {{LEVEL}} >= coalesce(after.hops, 1)))
  MATCH path = SHORTEST 1 (p:Project)((hopFrom)-[r:{{DEPENDENCY}} {{FOLLOWED}}]->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{LEVEL}}}(t)
  WITH * WHERE {{VALID p}}
  WITH p, path, length(path) AS hops
  ORDER BY hops, p.name, p.id
  RETURN collect({node: p, hops: hops, path: path}) AS deeper
}
WITH t, misses, after, CASE WHEN done THEN touching ELSE deeper END AS touching, done
WITH t, misses, after, touching, done OR {{LEVEL}} = {{DEPTH}} OR size([x IN touching WHERE {{> traversal-rest}}]) > $first AS done
{{/LEVELS}}
CALL (t) {
  WITH t WHERE t IS NOT NULL AND $countInferred AND NOT $stated
  MATCH SHORTEST 1 (p:Project)((hopFrom)-[r:{{DEPENDENCY}} WHERE coalesce(r.confidence, 'stated') = 'stated']->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(t)
  WITH * WHERE {{VALID p}}
  RETURN count(p) AS statedTotal
}
WITH misses, statedTotal, touching, [x IN touching WHERE {{> traversal-rest}}] AS rest
RETURN misses,
       CASE WHEN $whole THEN size(touching) END AS total,
       CASE WHEN $stated THEN 0 WHEN $countInferred THEN size(touching) - statedTotal END AS inferred,
       size(rest) > $first AS hasNextPage,
       size(rest) < size(touching) AS hasPreviousPage,
       [x IN rest[0..$first] | {
         name: x.node.name,
         hops: x.hops,
         path: [path IN [x.path] | {{> path-of}}][0]
       }] AS page
