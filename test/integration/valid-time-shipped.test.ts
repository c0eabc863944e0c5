import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/config/index.js';
import { expandPaths, readImportFile } from '../../src/graph/index.js';
import { useShippedGraph } from '../helpers/shipped.js';

// Valid time on the shipped graph (data/04-institutionen-und-personen.yaml), pinned to the sources its notes name:
// FITKO "Personeller Wechsel im IT-Planungsrat-Vorsitz" (Ulbrich from 01.01.2025, then Geue to 31.12.2025),
// egovernment 23.07.2025 (the cabinet decision of 22.07.2025 that the change followed), the BMDS's founding decree
// of 06.05.2025, and the sessions' dates (47th 26.06.2025, 48th 26.11.2025; data/05-sitzungen-und-beschluesse.yaml).
const records = expandPaths([DATA_DIR]).flatMap((f) => readImportFile(f).nodes.map((n) => n.record));
const dateOf = (id: string) => String(records.find((n) => n.id === id)!.fields.date);
const FITKO = 'https://www.fitko.de/aktuelles/details/personeller-wechsel-im-it-planungsrat-vorsitz';

const CHAIRS = `query ($valid: Date) {
  node(id: "org-it-planungsrat", asOf: {valid: $valid}) {
    relationships(types: [CHAIRS], direction: IN) { node { id kind } validFrom validTo sources { url } }
  }
}`;
type Chairs = { node: { relationships: { node: { id: string; kind: string }; validFrom: string | null; validTo: string | null; sources: { url: string }[] }[] } };

describe('valid time on the shipped graph', () => {
  const env = useShippedGraph();
  const chairsAt = async (valid?: string) => {
    const result = await env.api.run<Chairs, { valid?: string }>(CHAIRS, { valid });
    expect(result.errors).toEqual([]);
    return { result, rels: result.data!.node.relationships };
  };
  const people = (rels: Chairs['node']['relationships']) => rels.filter((r) => r.node.kind === 'Person').map((r) => r.node.id);

  it('the IT-PLR chair at the 47th session is Ulbrich, at the 48th Geue; the Land MV chairs through 2025', async () => {
    expect([dateOf('sitzung-47'), dateOf('sitzung-48')]).toEqual(['2025-06-26', '2025-11-26']);
    const at47 = (await chairsAt(dateOf('sitzung-47'))).rels;
    expect(people(at47)).toEqual(['p-ulbrich']);
    expect(at47.map((r) => r.node.id).sort()).toEqual(['land-mv', 'p-ulbrich']);
    const ulbrich = at47.find((r) => r.node.id === 'p-ulbrich')!;
    expect([ulbrich.validFrom, ulbrich.validTo]).toEqual(['2025-01-01', '2025-07-22']);
    expect(ulbrich.sources.map((s) => s.url)).toContain(FITKO);
    const at48 = (await chairsAt(dateOf('sitzung-48'))).rels;
    expect(people(at48)).toEqual(['p-geue']);
    expect(at48.map((r) => r.node.id).sort()).toEqual(['land-mv', 'p-geue']);
  });

  it('shortestPath from Ulbrich to the IT-PLR: her chair at the 47th session (one hop), after it two hops (over a session she chaired or her Land)', async () => {
    const path = async (valid: string) => {
      const result = await env.api.run<{ shortestPath: { nodes: { id: string }[]; relationships: { type: string; validFrom: string | null; validTo: string | null; sources: { url: string }[] }[] } | null }, { valid: string }>(
        'query ($valid: Date) { shortestPath(from: "p-ulbrich", to: "org-it-planungsrat", asOf: {valid: $valid}) { nodes { id } relationships { type validFrom validTo sources { url } } } }',
        { valid },
      );
      expect(result.errors).toEqual([]);
      return result.data!.shortestPath!;
    };
    const at47 = await path(dateOf('sitzung-47'));
    expect(at47.nodes.map((n) => n.id)).toEqual(['p-ulbrich', 'org-it-planungsrat']);
    expect(at47.relationships[0]!.sources.map((s) => s.url)).toContain(FITKO);
    // The hop says when it holds.
    expect([at47.relationships[0]!.validFrom, at47.relationships[0]!.validTo]).toEqual(['2025-01-01', '2025-07-22']);
    // At the 48th her chair no longer holds: two hops, over a session or the Klausur she chaired, or the Land MV she
    // represents (it chairs through 2025); which of these four the search takes first is not fixed.
    const at48 = await path(dateOf('sitzung-48'));
    expect(at48.nodes).toHaveLength(3);
    expect(['klausur-2025-05', 'land-mv', 'sitzung-46', 'sitzung-47']).toContain(at48.nodes[1]!.id);
  });

  it('2024 the Bund (Richter), 2026 the Bund (Hölscher); today is read without asOf and named', async () => {
    expect(people((await chairsAt('2024-06-18')).rels)).toEqual(['p-richter']);
    expect((await chairsAt('2026-03-18')).rels.map((r) => r.node.id).sort()).toEqual(['org-bund', 'p-hoelscher']);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    const now = await chairsAt();
    expect(now.result.extensions).toMatchObject({ asOf: { valid: today } });
    expect(now.rels).toEqual((await chairsAt(today)).rels);
  });

  it('the BMDS does not exist on 2025-05-01 and does from its founding decree of 2025-05-06', async () => {
    const query = `query ($valid: Date) { node(id: "org-bmds", asOf: {valid: $valid}) { id validFrom } lookup: nodes(ids: ["org-bmds"], asOf: {valid: $valid}) { id } }`;
    const before = await env.api.run(query, { valid: '2025-05-01' });
    expect(before.data).toEqual({ node: null, lookup: [null] });
    const after = await env.api.run(query, { valid: '2025-05-06' });
    expect(after.data).toEqual({ node: { id: 'org-bmds', validFrom: '2025-05-06' }, lookup: [{ id: 'org-bmds' }] });
    const found = await env.api.run(`{ lookup(ref: "BMDS", asOf: {valid: "2025-05-01"}) { id } }`);
    expect(found.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const bmds = records.find((n) => n.id === 'org-bmds')!;
    expect(bmds.description).toContain('errichtet am 06.05.2025');
    expect(bmds.attributes.gruendung).toBe('2025-05-06');
  });

  it('the Steuerungsgruppe NOOTS does not exist before its constitution on 2025-07-11 (Sachsen-Anhalt page) and does from then', async () => {
    const query = `query ($valid: Date) { node(id: "org-steuerungsgruppe-noots", asOf: {valid: $valid}) { id validFrom } }`;
    expect((await env.api.run(query, { valid: '2025-07-10' })).data).toEqual({ node: null });
    expect((await env.api.run(query, { valid: '2025-07-11' })).data).toEqual({ node: { id: 'org-steuerungsgruppe-noots', validFrom: '2025-07-11' } });
    const members = await env.api.run<{ node: { relationships: { node: { id: string } }[] } | null }, Record<string, never>>(
      `{ node(id: "land-hamburg", asOf: {valid: "2025-07-10"}) { relationships(types: [MEMBER_OF], direction: OUT) { node { id } } } }`,
    );
    expect(members.data!.node!.relationships.map((r) => r.node.id)).not.toContain('org-steuerungsgruppe-noots');
  });

  it('MaKI is a product of the IT-PLR from 2027-01-01 (regierung-mv.de), not today; the Federführung of the Registermodernisierung from Beschluss 2021/25 (23.06.2021)', async () => {
    type Out = { node: { relationships: { node: { id: string }; validFrom: string | null }[] } | null };
    const out = (id: string, type: string, valid?: string) =>
      env.api.run<Out, { valid?: string }>(
        `query ($valid: Date) { node(id: "${id}", asOf: {valid: $valid}) { relationships(types: [${type}], direction: OUT) { node { id } validFrom } } }`,
        { valid },
      );
    const today = await out('sys-maki', 'PRODUCT_OF');
    expect(today.errors).toEqual([]);
    expect(today.data!.node!.relationships.map((r) => r.node.id)).not.toContain('org-it-planungsrat');
    const from2027 = (await out('sys-maki', 'PRODUCT_OF', '2027-01-01')).data!.node!.relationships;
    expect(from2027.find((r) => r.node.id === 'org-it-planungsrat')?.validFrom).toBe('2027-01-01');
    const leads = async (valid: string) => (await out('prog-registermodernisierung', 'LED_BY', valid)).data!.node!.relationships.filter((r) => r.validFrom === '2021-06-23').map((r) => r.node.id).sort();
    expect(await leads('2021-06-22')).toEqual([]);
    expect(await leads('2021-06-23')).toEqual(['land-baden-wuerttemberg', 'land-bayern', 'land-hamburg', 'land-nordrhein-westfalen', 'org-bund']);
  });

  it('Mein Justizpostfach is affected by a change of the BundID only from its pilot of 2023-10-12 (impact at a date)', async () => {
    const IMPACT = `query ($valid: Date) { impact(of: "sys-bundid", maxDepth: 1, asOf: {valid: $valid}) { affected(first: 1000) { nodes { node { id } } } } }`;
    const affected = async (valid: string) => {
      const result = await env.api.run<{ impact: { affected: { nodes: { node: { id: string } }[] } } }, { valid: string }>(IMPACT, { valid });
      expect(result.errors).toEqual([]);
      return result.data!.impact.affected.nodes.map((n) => n.node.id);
    };
    expect(await affected('2023-10-11')).not.toContain('sys-mein-justizpostfach');
    expect(await affected('2023-10-12')).toContain('sys-mein-justizpostfach');
  });
});
