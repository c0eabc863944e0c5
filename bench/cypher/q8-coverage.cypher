// Q8: per Zielbild, how many projects and programmes contribute to it (counted, not collected).
MATCH (tv:TargetVision)
WITH tv ORDER BY tv.name, tv.id
RETURN {coverage: collect({
  targetVision: tv {.id, .name},
  projectCount: COUNT { (tv)<-[:CONTRIBUTES_TO]-(:Project) },
  programmeCount: COUNT { (tv)<-[:CONTRIBUTES_TO]-(:Programme) }
})} AS data
