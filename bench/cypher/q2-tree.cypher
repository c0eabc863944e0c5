// Q2: strategy → focus areas → target visions → projects → {lead institutions, systems, services},
// at most $n per level, each level sorted by name then id (as the API's relationship fields are).
MATCH (s:Strategy {id: $id})
RETURN {node: s {.id, .name, focusAreas: COLLECT {
  MATCH (s)-[:HAS_FOCUS_AREA]->(fa:FocusArea)
  WITH fa ORDER BY fa.sortName, fa.id LIMIT $n
  RETURN fa {.id, .name, targetVisions: COLLECT {
    MATCH (fa)-[:HAS_TARGET_VISION]->(tv:TargetVision)
    WITH tv ORDER BY tv.sortName, tv.id LIMIT $n
    RETURN tv {.id, .name, projects: COLLECT {
      MATCH (tv)<-[:CONTRIBUTES_TO]-(p:Project)
      WITH p ORDER BY p.sortName, p.id LIMIT $n
      RETURN p {.id, .name, .status,
        leadInstitutions: COLLECT {
          MATCH (p)-[:LED_BY]->(x:Institution) WITH x ORDER BY x.sortName, x.id LIMIT $n RETURN x {.id, .name}
        },
        systems: COLLECT {
          MATCH (p)-[:INTEGRATES]->(x:System) WITH x ORDER BY x.sortName, x.id LIMIT $n RETURN x {.id, .name}
        },
        services: COLLECT {
          MATCH (p)-[:DIGITALISES]->(x:Service) WITH x ORDER BY x.sortName, x.id LIMIT $n RETURN x {.id, .name}
        }
      }
    }}
  }}
}}} AS data
