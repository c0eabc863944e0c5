/**
 * Picks the parameters of the query mix from the loaded graph, deterministically (ties broken by id), and
 * stratified by degree where the issue asks for it: the low-, median- and hub-degree targets of
 * projectsTouching are the nodes at the 10th percentile, the median and the maximum of the number of
 * incoming dependency relationships, among the nodes that have at least one.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { DEPENDENCY_TYPES } from '../../src/domain/index.js';
import type { Anchors } from '../queries.js';

async function one<T>(driver: Driver, text: string, params: Record<string, unknown> = {}): Promise<T> {
  const result = await driver.executeQuery(text, params, { database: 'neo4j', routing: neo4j.routing.READ });
  const row = result.records[0];
  if (!row) throw new Error(`no anchor found by: ${text}`);
  return row.toObject() as T;
}

export async function pickAnchors(driver: Driver): Promise<Anchors> {
  const dep = DEPENDENCY_TYPES.join('|');
  const { strategyId } = await one<{ strategyId: string }>(
    driver,
    'MATCH (s:Strategy) RETURN s.id AS strategyId ORDER BY COUNT { (s)-[:HAS_FOCUS_AREA]->() } DESC, s.id LIMIT 1',
  );
  // The project with the most relationships (on D1 a named real project; on D2 a well-connected one).
  const { projectId } = await one<{ projectId: string }>(
    driver,
    'MATCH (p:Project) RETURN p.id AS projectId ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1',
  );
  const { hubInstitution } = await one<{ hubInstitution: string }>(
    driver,
    'MATCH (i:Institution) RETURN i.id AS hubInstitution ORDER BY COUNT { (i)<-[:LED_BY]-(:Project) } DESC, i.id LIMIT 1',
  );
  // Degree strata over the nodes that dependency relationships point at (only Service, System, Project and
  // Topic can be such targets in the model).
  const degrees = await one<{ low: string; lowDeg: number; median: string; medianDeg: number; hub: string; hubDeg: number }>(
    driver,
    `MATCH (n:Service|System|Project)
     WITH n, COUNT { (n)<-[:${dep}]-() } AS d WHERE d > 0
     WITH n.id AS id, d ORDER BY d, id
     WITH collect({id: id, d: d}) AS xs
     WITH xs, size(xs) AS s
     RETURN xs[toInteger(s * 0.1)].id AS low, xs[toInteger(s * 0.1)].d AS lowDeg,
            xs[toInteger(s * 0.5)].id AS median, xs[toInteger(s * 0.5)].d AS medianDeg,
            xs[s - 1].id AS hub, xs[s - 1].d AS hubDeg`,
  );
  // shortestPath: from the project above to the Zielbild (last by id) it reaches within 6 hops.
  const { pathTo } = await one<{ pathTo: string }>(
    driver,
    `MATCH (a:Node {id: $from})
     MATCH (tv:TargetVision)
     WITH a, tv ORDER BY tv.id DESC LIMIT 20
     OPTIONAL MATCH p = SHORTEST 1 (a)-[]-{1,6}(tv)
     WITH tv, p WHERE p IS NOT NULL
     RETURN tv.id AS pathTo LIMIT 1`,
    { from: projectId },
  );
  const toNum = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));
  return {
    strategyId,
    projectId,
    hubInstitution,
    targets: { low: degrees.low, median: degrees.median, hub: degrees.hub },
    targetDegrees: { low: toNum(degrees.lowDeg), median: toNum(degrees.medianDeg), hub: toNum(degrees.hubDeg) },
    pathFrom: projectId,
    pathTo,
    impactOf: degrees.median,
  };
}
