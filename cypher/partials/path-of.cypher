// The path `path` as the API returns it: its nodes in order (as node-value reads them) and its hops with their evidence.
{nodes: [pn IN nodes(path) | {{> node-value}}], relationships: [r IN relationships(path) | {{> path-step}}]}
