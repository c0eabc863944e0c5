import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChangesDocument as Changes,
  CreateNodeDocument as CreateNode,
  CreateRelationshipDocument as CreateRelationship,
  DeleteNodeDocument as DeleteNode,
  DiffDocument as Diff,
  UpdateNodeDocument as UpdateNode,
} from '../../src/client/index.js';
import type { AsOf, DiffQuery } from '../../src/client/index.js';
import { DATA_DIR } from '../../src/config/index.js';
import { holdsAt, relationshipKey } from '../../src/domain/index.js';
import { expandPaths, readImportFile, todayInGermany } from '../../src/graph/index.js';
import type { Principal } from '../../src/server/index.js';
import { cypher } from '../helpers/graph.js';
import { loadShippedGraph, useShippedGraph, useTestApi, type TestApi } from '../helpers/shipped.js';

type Entry = DiffQuery['diff']['edges'][number]['node'];
const brief = (entries: readonly Entry[]) => entries.map((e) => `${e.change} ${e.entity} ${e.id}`);

/** Every page of the diff, `first` at a time, concatenated; checks the page sizes and cursors on the way. */
async function allPages(api: TestApi, from: AsOf, to: AsOf, first: number): Promise<{ entries: Entry[]; hasNext: boolean[]; totalCount: number[] }> {
  const entries: Entry[] = [];
  const hasNext: boolean[] = [];
  const totalCount: number[] = [];
  let after: string | null | undefined = null;
  do {
    const { diff }: DiffQuery = await api.data(Diff, { from, to, first, after });
    expect(diff.edges.length).toBeLessThanOrEqual(first);
    if (diff.edges.length > 0) expect(diff.pageInfo.endCursor).toBe(diff.edges.at(-1)!.cursor);
    entries.push(...diff.edges.map((e) => e.node));
    hasNext.push(diff.pageInfo.hasNextPage);
    totalCount.push(diff.totalCount);
    after = diff.pageInfo.hasNextPage ? diff.pageInfo.endCursor : null;
  } while (after);
  return { entries, hasNext, totalCount };
}

// The shipped data, read from the files (not from the database): what holds at a date, node by node.
const files = expandPaths([DATA_DIR]).map((f) => readImportFile(f));
const records = files.flatMap((f) => f.nodes.map((n) => n.record));
const relationships = files.flatMap((f) => f.relationships.map((r) => r.record));
const dateOf = (id: string) => String(records.find((n) => n.id === id)!.fields.date);
/** The ids and relationship keys that hold at `date`: a relationship while its period and both its nodes' do. */
function heldAt(date: string): Set<string> {
  const nodes = new Set(records.filter((n) => holdsAt(n, date)).map((n) => n.id));
  const rels = relationships.filter((r) => holdsAt(r, date) && nodes.has(r.from) && nodes.has(r.to)).map(relationshipKey);
  return new Set([...[...nodes].map((id) => `NODE ${id}`), ...rels.map((k) => `RELATIONSHIP ${k}`)]);
}
/** "CHANGE ENTITY id" lines in the diff's order: nodes first, then by id. */
function ordered(lines: string[]): string[] {
  const parts = (x: string) => x.split(' ');
  const rank = (x: string) => (parts(x)[1] === 'NODE' ? 0 : 1);
  const id = (x: string) => parts(x).slice(2).join(' ');
  return lines.sort((x, y) => rank(x) - rank(y) || (id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0));
}
/** The diff of two dates computed from the whole shipped graph (not from the candidates the server reads). */
function expectedBetween(from: string, to: string): string[] {
  const [a, b] = [heldAt(from), heldAt(to)];
  return ordered([...[...b].filter((x) => !a.has(x)).map((x) => `ADDED ${x}`), ...[...a].filter((x) => !b.has(x)).map((x) => `REMOVED ${x}`)]);
}

describe('diff(from, to) in valid time on the shipped graph', () => {
  const env = useShippedGraph();

  it('between 2025-07-01 and 2025-08-01 the chair of Ina-Maria Ulbrich goes and that of Dr. Heiko Geue comes, and nothing else changes', async () => {
    const { entries } = await allPages(env.api, { valid: '2025-07-01' }, { valid: '2025-08-01' }, 100);
    expect(brief(entries)).toEqual(expectedBetween('2025-07-01', '2025-08-01'));
    const ulbrich = entries.find((e) => e.id === 'p-ulbrich -[CHAIRS]-> org-it-planungsrat')!;
    expect(ulbrich).toMatchObject({ entity: 'RELATIONSHIP', change: 'REMOVED', kind: 'CHAIRS', from: 'p-ulbrich', to: 'org-it-planungsrat', after: null });
    expect(ulbrich.name).toMatch(/Ulbrich → .*IT-Planungsrat/);
    expect(ulbrich.before).toMatchObject({ validFrom: '2025-01-01', validTo: '2025-07-22' });
    const geue = entries.find((e) => e.id === 'p-geue -[CHAIRS]-> org-it-planungsrat')!;
    expect(geue).toMatchObject({ change: 'ADDED', before: null, after: { validFrom: '2025-07-22', validTo: '2026-01-01' } });
    expect(geue.fields).toContainEqual({ field: 'validFrom', before: null, after: '2025-07-22' });
  });

  it('between 2025-05-01 and 2025-06-01 the BMDS appears, with its relationships', async () => {
    const { entries } = await allPages(env.api, { valid: '2025-05-01' }, { valid: '2025-06-01' }, 100);
    expect(brief(entries)).toEqual(expectedBetween('2025-05-01', '2025-06-01'));
    expect(entries[0]).toMatchObject({ entity: 'NODE', change: 'ADDED', id: 'org-bmds', kind: 'Institution', before: null, after: { validFrom: '2025-05-06' } });
    expect(entries.filter((e) => e.entity === 'RELATIONSHIP').every((e) => e.from === 'org-bmds' || e.to === 'org-bmds' || e.after?.validFrom !== undefined)).toBe(true);
  });

  it('between the 47th and the 48th session: the whole graph compared date by date agrees with the diff, paged at any size', async () => {
    const [from, to] = [{ valid: dateOf('sitzung-47') }, { valid: dateOf('sitzung-48') }];
    const expected = expectedBetween(from.valid, to.valid);
    expect(expected).toContain('REMOVED RELATIONSHIP p-ulbrich -[CHAIRS]-> org-it-planungsrat');
    const whole = await allPages(env.api, from, to, 100);
    expect(brief(whole.entries)).toEqual(expected);
    expect(whole.totalCount).toEqual([expected.length]);
    for (const first of [1, 3]) {
      const paged = await allPages(env.api, from, to, first);
      expect(paged.entries).toEqual(whole.entries);
      expect(paged.hasNext).toEqual([...Array.from({ length: Math.ceil(expected.length / first) - 1 }, () => true), false]);
      expect(new Set(paged.totalCount)).toEqual(new Set([expected.length]));
    }
  });

  it('over years: every period that begins or ends between the dates, as the files say', async () => {
    const { entries } = await allPages(env.api, { valid: '2020-01-01' }, { valid: '2027-06-01' }, 100);
    expect(brief(entries)).toEqual(expectedBetween('2020-01-01', '2027-06-01'));
    expect(entries.length).toBeGreaterThan(5);
  });

  it('the same state on both sides differs in nothing; valid defaults to today', async () => {
    const today = todayInGermany();
    expect((await env.api.data(Diff, { from: { valid: '2025-07-01' }, to: { valid: '2025-07-01' } })).diff).toMatchObject({ totalCount: 0, edges: [] });
    expect((await env.api.data(Diff, { from: {}, to: {} })).diff.totalCount).toBe(0);
    const { diff } = await env.api.data(Diff, { from: { valid: '2025-07-01' }, to: {}, first: 100 });
    expect(brief(diff.edges.map((e) => e.node))).toEqual(expectedBetween('2025-07-01', today).slice(0, 100));
  });

  it('refuses bad input with BAD_USER_INPUT and a message that says what is wrong', async () => {
    const code = async (variables: Parameters<typeof env.api.run<DiffQuery, Record<string, unknown>>>[1]) => {
      const { errors } = await env.api.run(Diff, variables as never);
      return errors.map((e) => [e.extensions?.code, e.message]);
    };
    expect(await code({ from: { valid: '2025-08-01' }, to: { valid: '2025-07-01' } })).toEqual([
      ['BAD_USER_INPUT', 'from.valid (2025-08-01) must not be after to.valid (2025-07-01): to is the later state'],
    ]);
    expect(await code({ from: { recorded: '2026-01-02T00:00:00Z' }, to: { recorded: '2026-01-01T00:00:00Z' } })).toEqual([
      ['BAD_USER_INPUT', expect.stringMatching(/^from.recorded \(2026-01-02T00:00:00.000Z\) must not be after to.recorded/)],
    ]);
    expect(await code({ from: {}, to: {}, first: 101 })).toEqual([['BAD_USER_INPUT', 'first must be an integer from 0 to 100, got 101']]);
    expect((await code({ from: {}, to: {}, after: 'kein Cursor' }))[0]?.[0]).toBe('BAD_USER_INPUT');
    expect((await code({ from: { valid: '2025-02-30' }, to: {} }))[0]?.[0]).toBe('BAD_USER_INPUT');
  });
});

describe('diff(from, to) in recorded time, after mutations', () => {
  const editor: Principal = { kind: 'apiKey', subject: 'test-editor', role: 'editor' };
  const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-11-27' }];
  const SERVICE = 'leistung-fahrzeugzulassung';
  const env = useTestApi(async (graph) => {
    await loadShippedGraph(graph);
  });
  const at: Record<string, string> = {};

  /** An instant after every change so far and before the next: the next millisecond, once the database's clock passed it. */
  async function boundary(): Promise<string> {
    const [{ next }] = (await cypher<{ next: string }>(env.graph, 'RETURN toString(datetime.truncate("millisecond", datetime()) + duration({milliseconds: 1})) AS next')) as [
      { next: string },
    ];
    while ((await cypher<{ past: boolean }>(env.graph, 'RETURN datetime() > datetime($next) AS past', { next }))[0]?.past !== true);
    return new Date(next).toISOString();
  }
  const system = (id: string, name: string) => ({ id, kind: 'System' as const, name, description: 'Ein System für Tests des Diffs', sources: SOURCES });

  beforeAll(async () => {
    at.start = await boundary();
    await env.api.data(CreateNode, { input: system('sys-diff-a', 'Diff A') }, editor);
    await env.api.data(UpdateNode, { id: 'sys-diff-a', expectedVersion: 1, input: { name: 'Diff A2' } }, editor);
    await env.api.data(CreateRelationship, { input: { from: 'sys-diff-a', type: 'SUPPORTS', to: SERVICE, sources: SOURCES } }, editor);
    await env.api.data(CreateNode, { input: system('sys-diff-b', 'Diff B') }, editor);
    await env.api.data(CreateRelationship, { input: { from: 'sys-diff-b', type: 'SUPPORTS', to: SERVICE, sources: SOURCES } }, editor);
    await env.api.data(DeleteNode, { id: 'sys-diff-b', expectedVersion: 1 }, editor);
    await env.api.data(UpdateNode, { id: 'sys-diff-a', expectedVersion: 2, input: { validFrom: '2099-01-01' } }, editor);
    // the instants of the changes, as the history recorded them
    const { changes } = await env.api.data(Changes, { since: at.start, first: 100 });
    const ops = changes.edges.map((e) => e.node);
    expect(ops.map((c) => `${c.operation} ${c.targetId}`)).toEqual([
      'CREATE_NODE sys-diff-a',
      'UPDATE_NODE sys-diff-a',
      'CREATE_RELATIONSHIP sys-diff-a',
      'CREATE_NODE sys-diff-b',
      'CREATE_RELATIONSHIP sys-diff-b',
      'DELETE_NODE sys-diff-b',
      'UPDATE_NODE sys-diff-a',
    ]);
    ['created', 'renamed', 'related', 'bCreated', 'bRelated', 'bDeleted', 'bounded'].forEach((name, i) => (at[name] = ops[i]!.at));
  });

  const diffOf = async (from: AsOf, to: AsOf) => (await allPages(env.api, from, to, 100)).entries;
  const recorded = (name: string, valid?: string): AsOf => ({ recorded: at[name], ...(valid ? { valid } : {}) });

  it('a creation is ADDED, an update CHANGED with its fields, a relationship ADDED', async () => {
    expect(brief(await diffOf(recorded('start'), recorded('created')))).toEqual(['ADDED NODE sys-diff-a']);
    const renamed = await diffOf(recorded('created'), recorded('renamed'));
    expect(brief(renamed)).toEqual(['CHANGED NODE sys-diff-a']);
    expect(renamed[0]!.fields).toEqual([{ field: 'name', before: 'Diff A', after: 'Diff A2' }]);
    expect(renamed[0]!.before).toMatchObject({ name: 'Diff A' });
    expect(renamed[0]!.after).toMatchObject({ name: 'Diff A2' });
    const related = await diffOf(recorded('renamed'), recorded('related'));
    expect(brief(related)).toEqual([`ADDED RELATIONSHIP sys-diff-a -[SUPPORTS]-> ${SERVICE}`]);
    expect(related[0]!.name).toMatch(/^Diff A2 → /);
  });

  it('a deletion REMOVEs the node and its relationships; created and deleted in between is no difference', async () => {
    expect(brief(await diffOf(recorded('bRelated'), recorded('bDeleted')))).toEqual([
      'REMOVED NODE sys-diff-b',
      `REMOVED RELATIONSHIP sys-diff-b -[SUPPORTS]-> ${SERVICE}`,
    ]);
    expect(brief(await diffOf(recorded('start'), recorded('bDeleted')))).toEqual([
      'ADDED NODE sys-diff-a',
      `ADDED RELATIONSHIP sys-diff-a -[SUPPORTS]-> ${SERVICE}`,
    ]);
  });

  it('both times at once: a period recorded later makes the node and its relationship drop out at today, not in 2099', async () => {
    expect(brief(await diffOf(recorded('bDeleted'), recorded('bounded')))).toEqual([
      'REMOVED NODE sys-diff-a',
      `REMOVED RELATIONSHIP sys-diff-a -[SUPPORTS]-> ${SERVICE}`,
    ]);
    const in2099 = await diffOf(recorded('bDeleted', '2099-06-01'), recorded('bounded', '2099-06-01'));
    expect(brief(in2099)).toEqual(['CHANGED NODE sys-diff-a']);
    expect(in2099[0]!.fields).toEqual([{ field: 'validFrom', before: null, after: '2099-01-01' }]);
  });

  it('without recorded a side is the current store: now against the instant of the last change is no difference', async () => {
    expect(await diffOf(recorded('bounded'), {})).toEqual([]);
    expect(brief(await diffOf(recorded('start'), {}))).toEqual([]);
    expect(brief(await diffOf(recorded('start', '2099-06-01'), { valid: '2099-06-01' }))).toEqual([
      'ADDED NODE sys-diff-a',
      `ADDED RELATIONSHIP sys-diff-a -[SUPPORTS]-> ${SERVICE}`,
    ]);
  });

  it('at the first instant of the history the record is the shipped graph as imported: it differs from the instant before the mutations only as the dates do', async () => {
    const [{ first }] = (await cypher<{ first: string }>(env.graph, 'MATCH (c:Change) RETURN toString(min(c.at)) AS first')) as [{ first: string }];
    const start = new Date(first).toISOString();
    expect(await diffOf({ recorded: start, valid: '2025-07-01' }, recorded('start', '2025-07-01'))).toEqual([]);
    const { entries } = await allPages(env.api, { recorded: start, valid: '2025-07-01' }, recorded('start', '2025-08-01'), 100);
    expect(brief(entries)).toEqual(expectedBetween('2025-07-01', '2025-08-01'));
  });

  it('refuses a recorded instant outside the record (before its first entry, in the future) with BAD_USER_INPUT naming the range', async () => {
    const [{ first }] = (await cypher<{ first: string }>(env.graph, 'MATCH (c:Change) RETURN toString(min(c.at)) AS first')) as [{ first: string }];
    for (const [from, to] of [
      [{ recorded: '2000-01-01T00:00:00Z' }, {}],
      [recorded('start'), { recorded: '2999-01-01T00:00:00Z' }],
    ] as [AsOf, AsOf][]) {
      const { errors } = await env.api.run(Diff, { from, to });
      expect(errors).toHaveLength(1);
      expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', range: { from: new Date(first).toISOString() } });
      expect(errors[0]!.message).toMatch(/^(from|to)\.recorded .* lies outside the graph's record: the record runs from /);
    }
  });
});
