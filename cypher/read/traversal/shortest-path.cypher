// The fewest hops between two nodes, ignoring direction and type, within {{DEPTH}} hops, over the relationships
// {{FOLLOWED}} lets it follow (Evidence STATED: stated ones only; ANY: every one, and no predicate, so that Neo4j
// searches from both ends: on D2 15.6 instead of 33.2 ms, bench/results of 2026-12-03).
// Both ends are node references, resolved in the same statement (one round trip, partials/resolve-one):
// `fromMisses`/`toMisses` are null when each names exactly one node, else what it names (the repository reports
// why from them). `hops` is null when there is no path within {{DEPTH}} hops. The nodes are read as partials/node-value reads them ($keys).
WITH $from AS ref
{{> resolve-one}}
WITH node AS a, misses AS fromMisses, $to AS ref
{{> resolve-one}}
WITH a, fromMisses, node AS b, misses AS toMisses
OPTIONAL MATCH path = SHORTEST 1 (a)-[r {{FOLLOWED}}]-{0,{{DEPTH}}}(b)
RETURN fromMisses,
       toMisses,
       length(path) AS hops,
       [pn IN nodes(path) | {{> node-value}}] AS nodes,
       [r IN relationships(path) | {{> path-step}}] AS relationships
