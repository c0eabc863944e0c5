// Q5, first page: the first $first projects of Q5 in its order (fewest hops, then name, then id).
MATCH (t:Node {id: $target})
MATCH path = SHORTEST 1 (p:Project)-[:{{DEPENDENCY}}]->{1,{{DEPTH}}}(t)
WITH p, path ORDER BY length(path), p.name, p.id
LIMIT $first
RETURN {projectsTouching: collect({
  hops: length(path),
  project: p {.id, .name},
  path: {
    hops: length(path),
    nodes: [n IN nodes(path) | n {.id}],
    relationships: [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]
  }
})} AS data
