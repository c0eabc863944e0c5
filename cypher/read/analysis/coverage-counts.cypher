// Coverage when only the counts are asked: each Zielbild with how many projects, programmes and Themenfelder
// contribute to it, counted from its relationships alone (no property of a project or a relationship is read,
// nothing is collected), each only when $counts asks for it ({projects, programmes, themes}; else null: a CASE
// does not run the count it does not take). The other coverage columns stay empty; read/analysis/coverage computes
// them when asked.
// The Zielbild is read as partials/node-value reads a node ($keys: only what the selection reads). Only the nodes
// and relationships holding at $validAt count: a node's and a relationship's period is read only where the labels
// Bounded and BoundedEnds say there is one.
MATCH (tv:TargetVision)
WHERE {{VALID tv}}
RETURN [pn IN [tv] | {{> node-value}}][0] AS targetVision,
       CASE WHEN $counts.projects THEN COUNT { (tv)<-[r:CONTRIBUTES_TO]-(x:Project) WHERE {{VALID_HOP x r}} AND {{VALID x}} } END AS projectCount,
       CASE WHEN $counts.programmes THEN COUNT { (tv)<-[r:CONTRIBUTES_TO]-(x:Programme) WHERE {{VALID_HOP x r}} AND {{VALID x}} } END AS programmeCount,
       CASE WHEN $counts.themes THEN COUNT { (tv)<-[r:CONTRIBUTES_TO]-(x:Theme) WHERE {{VALID_HOP x r}} AND {{VALID x}} } END AS themeCount
ORDER BY tv.name, tv.id
