import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChangesDocument as Changes,
  CreateNodeDocument as CreateNode,
  CreateRelationshipDocument as CreateRelationship,
  DeleteNodeDocument as DeleteNode,
  NodeVersionDocument as NodeVersion,
  RemoveRelationshipDocument as RemoveRelationship,
  RestoreNodeDocument as RestoreNode,
  UpdateNodeDocument as UpdateNode,
} from '../../src/client/index.js';
import type { ChangesQuery } from '../../src/client/index.js';
import type { NodeKind } from '../../src/domain/index.js';
import type { Principal } from '../../src/server/index.js';
import { cypher } from '../helpers/graph.js';
import { loadShippedGraph, useTestApi } from '../helpers/shipped.js';

const editor: Principal = { kind: 'apiKey', subject: 'test-editor', role: 'editor' };
const admin: Principal = { kind: 'token', subject: 'test-admin', role: 'admin' };
const viewer: Principal = { kind: 'apiKey', subject: 'test-viewer', role: 'viewer' };
const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-11-27' }];
const SERVICE = 'leistung-fahrzeugzulassung';

describe('changes(since, until, kinds, first, after)', () => {
  const env = useTestApi(async (graph) => {
    await loadShippedGraph(graph);
  });
  const window = { since: '', until: '' };

  /**
   * An instant between the changes before and after it: the next whole millisecond of the database's clock (the
   * clock that stamps Change.at), returned once the database's clock has passed it.
   */
  async function boundary(): Promise<string> {
    const [{ next }] = (await cypher<{ next: string }>(env.graph, 'RETURN toString(datetime.truncate("millisecond", datetime()) + duration({milliseconds: 1})) AS next')) as [
      { next: string },
    ];
    while ((await cypher<{ past: boolean }>(env.graph, 'RETURN datetime() > datetime($next) AS past', { next }))[0]?.past !== true);
    return new Date(next).toISOString();
  }

  const version = async (id: string) => (await env.api.data(NodeVersion, { id })).node!.version;
  const system = (id: string) => ({ id, kind: 'System' as const, name: 'Testsystem', description: 'Ein System für Tests', sources: SOURCES });
  const relationship = (from: string) => ({ from, type: 'SUPPORTS' as const, to: SERVICE, sources: SOURCES });

  beforeAll(async () => {
    window.since = await boundary();
    await env.api.data(CreateNode, { input: system('sys-chg') }, editor); // 1
    await env.api.data(UpdateNode, { id: 'sys-chg', expectedVersion: 1, input: { name: 'Geändert' } }, editor); // 2
    await env.api.data(CreateRelationship, { input: relationship('sys-chg') }, editor); // 3
    await env.api.data(DeleteNode, { id: 'sys-chg', expectedVersion: await version('sys-chg') }, editor); // 4
    await env.api.data(RestoreNode, { id: 'sys-chg' }, admin); // 5
    await env.api.data(RemoveRelationship, { from: 'sys-chg', type: 'SUPPORTS', to: SERVICE }, editor); // 6
    await env.api.data(CreateNode, { input: system('sys-gone') }, editor); // 7
    await env.api.data(CreateRelationship, { input: relationship('sys-gone') }, editor); // 8
    await env.api.data(DeleteNode, { id: 'sys-gone', expectedVersion: 1 }, editor); // 9: gone for good
    window.until = await boundary();
    await env.api.data(UpdateNode, { id: 'sys-chg', expectedVersion: await version('sys-chg'), input: { description: 'Danach' } }, editor); // after until
  });

  /** Every page of the connection, `first` at a time, concatenated. */
  async function allPages(variables: { kinds?: NodeKind[]; until?: string }, first: number, as: Principal = viewer) {
    const nodes: ChangesQuery['changes']['edges'][number]['node'][] = [];
    const hasNext: boolean[] = [];
    let after: string | null | undefined = null;
    do {
      const { changes }: ChangesQuery = await env.api.data(Changes, { since: window.since, until: window.until, ...variables, first, after }, as);
      expect(changes.edges.length).toBeLessThanOrEqual(first);
      nodes.push(...changes.edges.map((e) => e.node));
      hasNext.push(changes.pageInfo.hasNextPage);
      if (changes.edges.length > 0) expect(changes.pageInfo.endCursor).toBe(changes.edges.at(-1)!.cursor);
      after = changes.pageInfo.hasNextPage ? changes.pageInfo.endCursor : null;
    } while (after);
    return { nodes, hasNext };
  }

  it('answers every change in [since, until), oldest first, and all pages together are exactly that history', async () => {
    const expected = await cypher<{ id: string }>(
      env.graph,
      'MATCH (c:Change) WHERE c.at >= datetime($since) AND c.at < datetime($until) RETURN c.id AS id ORDER BY c.at, c.id',
      window,
    );
    const whole = await allPages({}, 100);
    expect(whole.hasNext).toEqual([false]);
    expect(whole.nodes.map((c) => c.id)).toEqual(expected.map((e) => e.id));
    expect(whole.nodes.map((c) => [c.operation, c.targetId, c.otherId ?? null])).toEqual([
      ['CREATE_NODE', 'sys-chg', null],
      ['UPDATE_NODE', 'sys-chg', null],
      ['CREATE_RELATIONSHIP', 'sys-chg', SERVICE],
      ['DELETE_NODE', 'sys-chg', null],
      ['RESTORE_NODE', 'sys-chg', null],
      ['REMOVE_RELATIONSHIP', 'sys-chg', SERVICE],
      ['CREATE_NODE', 'sys-gone', null],
      ['CREATE_RELATIONSHIP', 'sys-gone', SERVICE],
      ['DELETE_NODE', 'sys-gone', null],
    ]);
    const ats = whole.nodes.map((c) => c.at);
    expect([...ats].sort()).toEqual(ats);
    expect(ats.every((at) => at >= window.since && at < window.until)).toBe(true);

    for (const first of [1, 2, 4]) {
      const paged = await allPages({}, first);
      expect(paged.nodes).toEqual(whole.nodes);
      expect(paged.hasNext).toEqual([...Array.from({ length: Math.ceil(9 / first) - 1 }, () => true), false]);
    }
  });

  it('until defaults to now, and since equal to until is an empty page', async () => {
    const { changes } = await env.api.data(Changes, { since: window.since, first: 100 }, viewer);
    expect(changes.edges.map((e) => e.node.operation)).toEqual([...Array.from({ length: 9 }, () => expect.any(String)), 'UPDATE_NODE']);
    expect(changes.edges.at(-1)!.node.fields).toEqual([{ field: 'description', before: 'Ein System für Tests', after: 'Danach' }]);
    const empty = await env.api.data(Changes, { since: window.until, until: window.until }, viewer);
    expect(empty.changes).toEqual({ pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('filters by kind: a node change by its node, a relationship change by either end, a deleted node by its history', async () => {
    const ops = async (kinds: NodeKind[]) => (await allPages({ kinds }, 2)).nodes.map((c) => `${c.operation} ${c.targetId}`);
    expect(await ops(['Service'])).toEqual(['CREATE_RELATIONSHIP sys-chg', 'REMOVE_RELATIONSHIP sys-chg', 'CREATE_RELATIONSHIP sys-gone']);
    expect(await ops(['System'])).toHaveLength(9);
    expect(await ops(['Project'])).toEqual([]);
    expect(await ops(['Project', 'Service'])).toEqual(await ops(['Service']));
    expect((await cypher(env.graph, "MATCH (n:Node {id: 'sys-gone'}) RETURN n"))).toEqual([]);
  });

  it('names the fields each change changed, before → after', async () => {
    const { nodes } = await allPages({}, 100, editor);
    const fields = (i: number) => Object.fromEntries(nodes[i]!.fields.map((f) => [f.field, [f.before, f.after]]));
    expect(fields(0)).toMatchObject({ id: [null, 'sys-chg'], kind: [null, 'System'], name: [null, 'Testsystem'], description: [null, 'Ein System für Tests'] });
    expect(nodes[1]!.fields).toEqual([{ field: 'name', before: 'Testsystem', after: 'Geändert' }]);
    expect(fields(2)).toMatchObject({ from: [null, 'sys-chg'], type: [null, 'SUPPORTS'], to: [null, SERVICE] });
    expect(fields(3)).toMatchObject({ id: ['sys-chg', null], name: ['Geändert', null] });
    expect(fields(4)).toMatchObject({ id: [null, 'sys-chg'], name: [null, 'Geändert'] });
    expect(fields(5)).toMatchObject({ from: ['sys-chg', null], to: [SERVICE, null] });
    for (const change of nodes) expect(change.fields.every((f) => JSON.stringify(f.before) !== JSON.stringify(f.after))).toBe(true);
  });

  it('shows who (actor, requestId) to editors and admins only', async () => {
    const hidden = await allPages({}, 100, viewer);
    expect(hidden.nodes.every((c) => c.actor === null && c.requestId === null)).toBe(true);
    const anonymous = await allPages({}, 100, { kind: 'anonymous', subject: 'anonymous', role: null } as unknown as Principal);
    expect(anonymous.nodes.every((c) => c.actor === null && c.requestId === null)).toBe(true);
    const shown = await allPages({}, 100, editor);
    expect(shown.nodes[0]!.actor).toEqual({ kind: 'apiKey', subject: 'test-editor', role: 'editor' });
    expect(shown.nodes[4]!.actor).toEqual({ kind: 'token', subject: 'test-admin', role: 'admin' });
    expect((await allPages({}, 100, admin)).nodes.map((c) => c.actor?.subject)).toEqual(shown.nodes.map((c) => c.actor?.subject));
    expect(shown.nodes.map((c) => c.id)).toEqual(hidden.nodes.map((c) => c.id));
  });

  it('refuses bad input with BAD_USER_INPUT: since after until, a foreign cursor, first out of bounds, not a date-time', async () => {
    const code = async (variables: Record<string, unknown>) =>
      (await env.api.run(Changes, { since: window.since, ...variables } as never, viewer)).errors[0]?.extensions?.code;
    const backwards = await env.api.run(Changes, { since: window.until, until: window.since }, viewer);
    expect(backwards.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors[0]?.message).toContain('must not be after');
    expect(await code({ after: 'nonsense' })).toBe('BAD_USER_INPUT');
    expect(await code({ after: Buffer.from('offset:x').toString('base64') })).toBe('BAD_USER_INPUT');
    expect(await code({ first: 101 })).toBe('BAD_USER_INPUT');
    expect(await code({ first: -1 })).toBe('BAD_USER_INPUT');
    expect(await code({ since: 'yesterday' })).toBe('BAD_USER_INPUT');
    expect(await code({ kinds: ['Nonsense'] })).toBe('BAD_USER_INPUT');
  });
});
