// The fewest hops between two nodes, ignoring direction and type, within {{DEPTH}} hops; with $stated (Evidence
// STATED) over stated relationships only.
// Both ends are node references, resolved in the same statement (one round trip, partials/resolve-one):
// `fromMisses`/`toMisses` are null when each names exactly one node, else what it names (the repository reports
// why from them). `hops` is null when there is no path within {{DEPTH}} hops. The nodes are read as partials/node-value reads them ($keys).
WITH $from AS ref
{{> resolve-one}}
WITH node AS a, misses AS fromMisses, $to AS ref
{{> resolve-one}}
WITH a, fromMisses, node AS b, misses AS toMisses
OPTIONAL MATCH path = SHORTEST 1 (a)-[r WHERE {{> evidence-followed}}]-{0,{{DEPTH}}}(b)
RETURN fromMisses,
       toMisses,
       length(path) AS hops,
       [pn IN nodes(path) | {{> node-value}}] AS nodes,
       [r IN relationships(path) | {{> path-step}}] AS relationships
