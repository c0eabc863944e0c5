// What depends on $of: every node with a directed dependency path of 1..{{DEPTH}} hops to it (fewest hops, one
// shortest path), the projects and the programmes among them (the contributors), the Zielbilder any contributor
// CONTRIBUTES_TO, the Schwerpunktthemen of those Zielbilder (HAS_TARGET_VISION), and the sum of the projects' known
// budgets (unknown counts as 0). With Evidence STATED ($stated, and {{FOLLOWED}} stated) every hop, also CONTRIBUTES_TO and
// HAS_TARGET_VISION, must be a stated relationship.
// The affected nodes, projects and programmes are answered as pages, one per request in $affectedPages /
// $projectPages / $programmePages ({key, first, after}: keyset-paged in the order hops, name, id, `after` being the
// {hops, name, id} of the previous page's last row or null), each with the count of all rows and, when
// $countInferred, the count of the rows that no all-stated path within the depth reaches (inferred); the
// Zielbilder and Schwerpunktthemen as the first N by name, one list per request in $targetVisionLists /
// $focusAreaLists ({key, first, paths}), each row with the pieces of the path that explains it when `paths`:
// the nearest contributor's path (in the order hops, name, id), its CONTRIBUTES_TO hop, and for a
// Schwerpunktthema its HAS_TARGET_VISION hop to the Zielbild explained first (nearest contributor, then name).
// Every node is read as partials/node-value reads it ($keys: what the selection reads of nodes, or null).
// $of is a node reference, resolved in the same statement (one round trip, partials/resolve-one): when it names no
// node or several, `misses` (what it names; the repository reports why from it) is not null, and no search runs.
WITH $of AS ref
{{> resolve-one}}
WITH node AS o, misses
CALL (o) {
  WITH o WHERE o IS NOT NULL
  MATCH path = SHORTEST 1 (n:Node)((hopFrom)-[r:{{DEPENDENCY}} {{FOLLOWED}}]->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(o)
  WHERE n <> o
  WITH * WHERE {{VALID n}}
  WITH n, path, length(path) AS hops
  ORDER BY hops, n.name, n.id
  RETURN collect({node: n, hops: hops, path: path}) AS affected
}
CALL (o) {
  WITH o WHERE o IS NOT NULL AND $countInferred AND NOT $stated
  MATCH SHORTEST 1 (n:Node)((hopFrom)-[r:{{DEPENDENCY}} WHERE coalesce(r.confidence, 'stated') = 'stated']->(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){1,{{DEPTH}}}(o)
  WHERE n <> o
  WITH * WHERE {{VALID n}}
  RETURN count(n) AS statedAffected,
         count(CASE WHEN n:Project THEN 1 END) AS statedProjects,
         count(CASE WHEN n:Programme THEN 1 END) AS statedProgrammes
}
CALL (affected) {
  UNWIND affected AS a
  WITH a WHERE a.node:Project
  RETURN collect(a) AS projects, sum(coalesce(a.node.budgetEur, 0)) AS totalBudgetEur
}
CALL (affected) {
  UNWIND affected AS a
  WITH a WHERE a.node:Programme
  RETURN collect(a) AS programmes
}
CALL (affected) {
  UNWIND affected AS a
  WITH a, a.node AS contributor WHERE contributor:Project OR contributor:Programme
  MATCH (contributor)-[r:CONTRIBUTES_TO {{FOLLOWED}}]->(tv:TargetVision)
  WHERE {{VALID_HOP contributor r}} AND {{VALID tv}}
  WITH tv, a, r ORDER BY a.hops, a.node.name, a.node.id
  WITH tv, head(collect({via: a, step: {{> path-step}}})) AS why
  ORDER BY tv.name, tv.id
  RETURN collect({node: tv, why: why}) AS targetVisions
}
CALL (targetVisions) {
  UNWIND targetVisions AS t
  WITH t, t.node AS tv
  MATCH (fa:FocusArea)-[r:HAS_TARGET_VISION {{FOLLOWED}}]->(tv)
  WHERE {{VALID_HOP fa r}} AND {{VALID fa}}
  WITH fa, t, r ORDER BY t.why.via.hops, t.node.name, t.node.id
  WITH fa, head(collect({via: t, step: {{> path-step}}})) AS why
  ORDER BY fa.name, fa.id
  RETURN collect({node: fa, why: why}) AS focusAreas
}
WITH o, misses, affected, projects, programmes, targetVisions, focusAreas, totalBudgetEur,
     {affected: statedAffected, projects: statedProjects, programmes: statedProgrammes} AS stated
RETURN misses,
       [pn IN [o] | {{> node-value}}][0] AS of,
       [q IN $affectedPages | [after IN [q.after] | [rest IN [[x IN affected WHERE {{> traversal-rest}}]] | {
         key: q.key, total: size(affected), hasNextPage: size(rest) > q.first, hasPreviousPage: size(rest) < size(affected),
         inferred: CASE WHEN $stated THEN 0 WHEN $countInferred THEN size(affected) - stated.affected END,
         rows: [x IN rest[0..q.first] | {node: [pn IN [x.node] | {{> node-value}}][0], name: x.node.name, hops: x.hops}]
       }][0]][0]] AS affectedPages,
       [q IN $projectPages | [after IN [q.after] | [rest IN [[x IN projects WHERE {{> traversal-rest}}]] | {
         key: q.key, total: size(projects), hasNextPage: size(rest) > q.first, hasPreviousPage: size(rest) < size(projects),
         inferred: CASE WHEN $stated THEN 0 WHEN $countInferred THEN size(projects) - stated.projects END,
         rows: [x IN rest[0..q.first] | {node: [pn IN [x.node] | {{> node-value}}][0], name: x.node.name, hops: x.hops}]
       }][0]][0]] AS projectPages,
       [q IN $programmePages | [after IN [q.after] | [rest IN [[x IN programmes WHERE {{> traversal-rest}}]] | {
         key: q.key, total: size(programmes), hasNextPage: size(rest) > q.first, hasPreviousPage: size(rest) < size(programmes),
         inferred: CASE WHEN $stated THEN 0 WHEN $countInferred THEN size(programmes) - stated.programmes END,
         rows: [x IN rest[0..q.first] | {node: [pn IN [x.node] | {{> node-value}}][0], name: x.node.name, hops: x.hops}]
       }][0]][0]] AS programmePages,
       [q IN $targetVisionLists | {key: q.key, rows: [t IN targetVisions[0..q.first] | {
         node: [pn IN [t.node] | {{> node-value}}][0],
         why: CASE WHEN q.paths THEN {steps: [t.why.step], path: [path IN [t.why.via.path] | {{> path-of}}][0]} END
       }]}] AS targetVisionLists,
       [q IN $focusAreaLists | {key: q.key, rows: [f IN focusAreas[0..q.first] | {
         node: [pn IN [f.node] | {{> node-value}}][0],
         why: CASE WHEN q.paths THEN {
           via: [pn IN [f.why.via.node] | {{> node-value}}][0],
           steps: [f.why.step, f.why.via.why.step],
           path: [path IN [f.why.via.why.via.path] | {{> path-of}}][0]
         } END
       }]}] AS focusAreaLists,
       totalBudgetEur
