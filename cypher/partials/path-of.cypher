// The path `path` as the API returns it: its nodes in order and its hops with their evidence.
{nodes: [pn IN nodes(path) | pn {.*}], relationships: [r IN relationships(path) | {{> path-step}}]}
