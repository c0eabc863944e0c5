// The fewest hops between two nodes, ignoring direction and type, within {{DEPTH}} hops, over the relationships
// {{FOLLOWED}} lets it follow (Evidence STATED: stated ones only; ANY: every one), and only over nodes and
// relationships that hold at $validAt (both ends included; a null $validAt: every fact).
// Found in two steps: first the shortest path over every fact, unpredicated, so that Neo4j searches from both ends
// (on D2 15.6 instead of 33.2 ms with a predicate on every hop, bench/results of 2026-12-03); when every node and
// relationship of it holds at $validAt it is a shortest path of those that hold (they are some of all paths, none
// shorter), and that is the answer. Only when it does not hold is the search run again with the valid-time test
// on every step (and on the start).
// Both ends are node references, resolved in the same statement (one round trip, partials/resolve-one):
// `fromMisses`/`toMisses` are null when each names exactly one node, else what it names (the repository reports
// why from them). `hops` is null when there is no path within {{DEPTH}} hops. The nodes are read as partials/node-value reads them ($keys).
WITH $from AS ref
{{> resolve-one}}
WITH node AS a, misses AS fromMisses, $to AS ref
{{> resolve-one}}
WITH a, fromMisses, node AS b, misses AS toMisses
OPTIONAL MATCH unfiltered = SHORTEST 1 (a)-[r {{FOLLOWED}}]-{0,{{DEPTH}}}(b)
WITH a, b, fromMisses, toMisses, unfiltered,
     unfiltered IS NOT NULL AND all(x IN nodes(unfiltered) WHERE {{VALID x}}) AND all(rel IN relationships(unfiltered) WHERE {{VALID_REL rel}}) AS holds
CALL (a, b, unfiltered, holds) {
  WITH a, b WHERE unfiltered IS NOT NULL AND NOT holds
  OPTIONAL MATCH held = SHORTEST 1 (a)((hopFrom)-[r {{FOLLOWED}}]-(hopTo) WHERE {{VALID_HOP hopFrom r}} AND {{VALID hopTo}}){0,{{DEPTH}}}(b)
  WHERE {{VALID a}}
  RETURN held
  UNION
  WITH a, b WHERE unfiltered IS NULL OR holds
  RETURN CASE WHEN holds THEN unfiltered END AS held
}
WITH fromMisses, toMisses, held AS path
RETURN fromMisses,
       toMisses,
       length(path) AS hops,
       [pn IN nodes(path) | {{> node-value}}] AS nodes,
       [r IN relationships(path) | {{> path-step}}] AS relationships
