// A new node; the unique id constraint turns a taken id into a conflict.
CREATE (n:Node)
SET n = $props, n:$($props.kind), n.version = $version, n.createdAt = datetime(), n.updatedAt = datetime()
{{> bounded-label}}
WITH n
RETURN n {.*} AS node
