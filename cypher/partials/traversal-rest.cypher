// The rows of a traversal list {node, hops, …} (sorted by hops, node name, node id) after the keyset position
// `after` ({hops, name, id}, or null for the first page). Used as the WHERE of a list comprehension over x.
after IS NULL OR x.hops > after.hops OR (x.hops = after.hops AND (x.node.name > after.name OR (x.node.name = after.name AND x.node.id > after.id)))
