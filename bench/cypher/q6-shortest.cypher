// Q6: the fewest hops between two nodes, any type, either direction, within {{DEPTH}} hops.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
OPTIONAL MATCH path = SHORTEST 1 (a)-[]-{0,{{DEPTH}}}(b)
RETURN {shortestPath: CASE WHEN path IS NULL THEN null ELSE {
  hops: length(path),
  nodes: [n IN nodes(path) | n {.id}],
  relationships: [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]
} END} AS data
