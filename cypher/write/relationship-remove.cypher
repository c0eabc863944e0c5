// Removes a {{TYPE}} relationship and returns its properties (for the history).
MATCH (:Node {id: $from})-[r:{{TYPE}}]->(:Node {id: $to})
WITH r, properties(r) AS props
DELETE r
RETURN props
