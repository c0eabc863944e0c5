// Coverage when only the counts are asked: each Zielbild with how many projects, programmes and Themenfelder
// contribute to it, counted from its relationships alone (no property of a project or a relationship is read,
// nothing is collected). The other coverage columns stay empty; read/analysis/coverage computes them when asked.
// The Zielbild is read as partials/node-value reads a node ($keys: only what the selection reads).
MATCH (tv:TargetVision)
RETURN [pn IN [tv] | {{> node-value}}][0] AS targetVision,
       COUNT { (tv)<-[:CONTRIBUTES_TO]-(:Project) } AS projectCount,
       COUNT { (tv)<-[:CONTRIBUTES_TO]-(:Programme) } AS programmeCount,
       COUNT { (tv)<-[:CONTRIBUTES_TO]-(:Theme) } AS themeCount
ORDER BY tv.name, tv.id
