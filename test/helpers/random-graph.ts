/**
 * A seeded random graph that follows the model (synthetic test data, labelled as such): projects,
 * programmes, systems, services, topics, institutions, Zielbilder and Schwerpunktthemen with random
 * dependency, alignment and organisation links, including cycles and parallel paths.
 */
const SOURCE = [{ url: 'https://example.org/synthetic-test-data', title: 'Synthetic test data, not a real fact' }];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomGraphSize {
  projects: number;
  systems: number;
  services: number;
  programmes: number;
  topics: number;
  institutions: number;
  focusAreas: number;
  edgesPerProject: number;
  /** Mix in inferred and contested relationships and programmes' contributions to Zielbilder (traversal tests). */
  evidence?: boolean;
}

export function randomGraph(seed: number, size: RandomGraphSize) {
  const rnd = mulberry32(seed);
  // A second stream for evidence and programme contributions, so that the structure drawn from `rnd` stays the same.
  const rndEvidence = mulberry32(seed ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const nodes: Record<string, unknown>[] = [];
  const ids: Record<string, string[]> = {};
  const add = (kind: string, prefix: string, count: number, extra: (i: number) => Record<string, unknown> = () => ({})) => {
    ids[kind] = [];
    for (let i = 0; i < count; i++) {
      const id = `${prefix}-${seed}-${i}`;
      ids[kind].push(id);
      // Names repeat on purpose (ties in sorting), with umlauts.
      nodes.push({ id, kind, name: `${kind} ${['Ä', 'B', 'a', 'Z'][i % 4]}${i % 7}`, description: 'synthetic', sources: SOURCE, ...extra(i) });
    }
  };
  add('Project', 'p', size.projects, () => (rnd() < 0.5 ? { budgetEur: Math.round(rnd() * 1e6) } : {}));
  add('System', 's', size.systems);
  add('Service', 'l', size.services);
  add('Programme', 'g', size.programmes);
  add('Topic', 't', size.topics);
  add('Institution', 'i', size.institutions, () => ({ type: 'agency' }));
  add('FocusArea', 'f', size.focusAreas);
  add('TargetVision', 'z', size.focusAreas);

  const seen = new Set<string>();
  const relationships: Record<string, unknown>[] = [];
  const link = (from: string, type: string, to: string) => {
    const key = `${from}|${type}|${to}`;
    // The model refuses a relationship from a node to itself (selfAllowed of every type is false).
    if (from === to || seen.has(key)) return;
    seen.add(key);
    // About one in five relationships is inferred (with a note), one in twenty contested.
    const r = size.evidence ? rndEvidence() : 1;
    const evidence =
      r < 0.05 ? { confidence: 'contested', note: 'synthetic: the sources disagree' } : r < 0.25 ? { confidence: 'inferred', note: 'synthetic: our reading' } : {};
    relationships.push({ from, type, to, sources: SOURCE, ...evidence });
  };
  ids.FocusArea!.forEach((f, i) => link(f, 'HAS_TARGET_VISION', ids.TargetVision![i]!));
  for (const g of ids.Programme!) link(pick(ids.FocusArea!), 'HAS_PROGRAMME', g);
  for (const p of ids.Project!) {
    for (let e = 0; e < size.edgesPerProject; e++) {
      const r = rnd();
      if (r < 0.3) link(p, 'INTEGRATES', pick(ids.System!));
      else if (r < 0.5) link(p, 'DIGITALISES', pick(ids.Service!));
      else if (r < 0.65) link(p, 'DEPENDS_ON', pick(ids.Project!));
      else if (r < 0.75) link(p, 'TAGGED', pick(ids.Topic!));
      else if (r < 0.85) link(p, 'CONTRIBUTES_TO', pick(ids.TargetVision!));
      else link(p, 'LED_BY', pick(ids.Institution!));
    }
    if (rnd() < 0.5) link(pick(ids.Programme!), 'INCLUDES', p);
  }
  for (const s of ids.System!) {
    if (rnd() < 0.8) link(s, 'SUPPORTS', pick(ids.Service!));
    if (rnd() < 0.4) link(s, 'DEPENDS_ON', pick(ids.System!));
    if (rnd() < 0.3) link(s, 'TAGGED', pick(ids.Topic!));
    link(s, 'OPERATED_BY', pick(ids.Institution!));
  }
  for (const g of ids.Programme!) {
    link(g, 'INTEGRATES', pick(ids.System!));
    if (rnd() < 0.5) link(g, 'DIGITALISES', pick(ids.Service!));
    if (size.evidence && rndEvidence() < 0.7) link(g, 'CONTRIBUTES_TO', ids.TargetVision![Math.floor(rndEvidence() * ids.TargetVision!.length)]!);
  }
  return { doc: { nodes, relationships }, ids };
}
