// Every relationship of a node with its properties (for history and restore).
MATCH (n:Node {id: $id})-[r]-(m:Node)
RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS props
