// Creates a {{TYPE}} relationship unless it exists (MERGE locks both nodes: no duplicates under
// concurrent writers); `created` tells which happened.
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MERGE (a)-[r:{{TYPE}}]->(b)
  ON CREATE SET r = $props, r.justCreated = true
{{> bounded-ends-label}}
WITH r, r.justCreated IS NOT NULL AS created
REMOVE r.justCreated
RETURN created
