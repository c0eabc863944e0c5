// The fewest hops between two nodes, ignoring direction and type, within {{DEPTH}} hops; with $stated (Evidence
// STATED) over stated relationships only.
// Both ends are node references, resolved in the same statement (one round trip): `from`/`to` are their ids, or
// null when one names no node or several (the caller then resolves it on its own to say why). `hops` is null
// when there is no path within {{DEPTH}} hops. The nodes are read as partials/node-value reads them ($keys).
WITH {text: $from, lower: $fromLower, phrase: $fromPhrase} AS ref
{{> reference-matches}}
WITH collect(node) AS fromMatches
WITH fromMatches, {text: $to, lower: $toLower, phrase: $toPhrase} AS ref
{{> reference-matches}}
WITH fromMatches, collect(node) AS toMatches
WITH CASE size(fromMatches) WHEN 1 THEN fromMatches[0] END AS a,
     CASE size(toMatches) WHEN 1 THEN toMatches[0] END AS b
OPTIONAL MATCH path = SHORTEST 1 (a)-[r WHERE {{> evidence-followed}}]-{0,{{DEPTH}}}(b)
RETURN a.id AS from,
       b.id AS to,
       length(path) AS hops,
       [pn IN nodes(path) | {{> node-value}}] AS nodes,
       [r IN relationships(path) | {{> path-step}}] AS relationships
