// One page of {{KIND}} nodes by name, then id, when no filter applies, as a list `nodes` (each read as
// partials/node-value reads it), with how many {{KIND}} nodes hold at $validAt (`total`: the count store's number less the nodes with a bound
// that do not hold): read in
// the order of the {{KIND}}_sort_name_id index, so a page costs its own size, not the size of the kind. $limit is
// one more than the page, so the caller knows whether another page follows. A short page is the tail of the
// list, where nodes without a sort name (none are written so, but read/list/page puts them last) would follow:
// only if the kind has more nodes than the named ones read is it sorted as read/list/page does.
CALL () {
  MATCH (n:{{KIND}})
  RETURN count(n) AS all
}
CALL () {
  // the nodes of the kind that do not hold at $validAt: only those with a bound are looked at
  MATCH (n:{{KIND}}&Bounded)
  WHERE NOT {{VALID n}}
  RETURN count(n) AS invalid
}
WITH all - invalid AS total
CALL () {
  MATCH (n:{{KIND}})
  WHERE n.sortName IS NOT NULL AND n.id IS NOT NULL AND {{VALID n}}
  WITH n ORDER BY n.sortName, n.id
  SKIP $offset
  LIMIT $limit
  RETURN collect([pn IN [n] | {{> node-value}}][0]) AS named
}
CALL (named, total) {
  // A full page, or a short one that holds every node left: done.
  WITH named WHERE size(named) = $limit OR total <= $offset + size(named)
  RETURN named AS nodes
  UNION ALL
  WITH named WHERE size(named) < $limit AND total > $offset + size(named)
  // A subquery of its own, so that the guard above runs before the scan, not after it.
  CALL (named) {
    MATCH (n:{{KIND}})
    WHERE {{VALID n}}
    WITH n ORDER BY n.sortName IS NULL, n.sortName, n.id
    SKIP $offset
    LIMIT $limit
    RETURN collect([pn IN [n] | {{> node-value}}][0]) AS nodes
  }
  RETURN nodes
}
RETURN total, nodes
