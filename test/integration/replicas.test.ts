import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKMARK_HEADER, CreateNodeDocument, NodesByIdsDocument, createClient, request } from '../../src/client/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import { clearGraph, openTestGraph, testConfig } from '../helpers/graph.js';
import { startServerProcess, type ServerProcess } from '../helpers/processes.js';

const SOURCES = [{ url: 'https://www.it-planungsrat.de/' }];
const topic = (id: string) => ({ input: { id, kind: 'Topic' as const, name: id, description: 'Replica test', sources: SOURCES } });

/**
 * The bookmark of the transaction after the one `bookmark` stands for. Neo4j 5 bookmarks are "FB:" and base64 of
 * a PackStream list [database id (16 bytes), transaction id (integer)]; only the integer is rewritten.
 */
function nextBookmark(bookmark: string): string {
  const bytes = Buffer.from(bookmark.slice(3), 'base64');
  expect([bytes[0], bytes[1], bytes[2]]).toEqual([0x91, 0xcc, 0x10]);
  const at = 19;
  const marker = bytes[at]!;
  const width = marker < 0x80 ? 0 : ({ 0xc8: 1, 0xc9: 2, 0xca: 4, 0xcb: 8 } as Record<number, number>)[marker];
  if (width === undefined) throw new Error(`unexpected PackStream marker ${marker.toString(16)}`);
  const tx = width === 0 ? BigInt(marker) : bytes.subarray(at + 1, at + 1 + width).reduce((v, b) => (v << 8n) | BigInt(b), 0n);
  const next = tx + 1n;
  // The smallest PackStream integer encoding of the next id.
  const [m, w] = next < 0x80n ? [Number(next), 0] : next < 0x8000n ? [0xc9, 2] : next < 0x80000000n ? [0xca, 4] : [0xcb, 8];
  const encoded = Buffer.alloc(1 + w);
  encoded[0] = m;
  for (let i = 0; i < w; i += 1) encoded[w - i] = Number((next >> BigInt(8 * i)) & 0xffn);
  return `FB:${Buffer.concat([bytes.subarray(0, at), encoded, bytes.subarray(at + 1 + width)]).toString('base64')}`;
}

describe('replicas: stateless server processes on one database, read-your-writes with bookmarks', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let key: string;

  beforeAll(async () => {
    const graph = await openTestGraph();
    await clearGraph(graph);
    key = (await new ApiKeyRepository(graph.executor).create('replica test', 'editor', 'test')).key;
    await graph.close();
    const env = { NEO4J_URI: testConfig().neo4j.uri! };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  const post = (url: string, query: string, variables: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const create = (url: string, id: string) =>
    post(url, 'mutation ($input: NodeInput!) { createNode(input: $input) { id } }', topic(id), { authorization: `Bearer ${key}` });
  const read = (url: string, ids: string[], bookmark?: string) =>
    post(url, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, bookmark ? { [BOOKMARK_HEADER]: bookmark } : {});
  type Answer = { data?: { nodes?: ({ id: string } | null)[] }; errors?: { extensions: Record<string, unknown> }[]; extensions?: { bookmark?: string } };

  it('answers a write with its bookmark (header and extensions.bookmark); a read on the other process that sends it sees the write', async () => {
    const written = await create(a.url, 'topic-replica-1');
    const answer = (await written.json()) as Answer;
    expect(answer.errors).toBeUndefined();
    const bookmark = written.headers.get(BOOKMARK_HEADER);
    expect(bookmark).toMatch(/^FB:[A-Za-z0-9+/=]+$/);
    expect(answer.extensions?.bookmark).toBe(bookmark);

    const seen = await read(b.url, ['topic-replica-1'], bookmark!);
    const body = (await seen.json()) as Answer;
    expect(body.data?.nodes).toEqual([{ id: 'topic-replica-1' }]);
    // Reads write nothing and hand out no bookmark.
    expect(seen.headers.get(BOOKMARK_HEADER)).toBeNull();
    expect(body.extensions?.bookmark).toBeUndefined();
  });

  it('makes a read with a bookmark wait until the database has the write it stands for', async () => {
    const first = (await create(a.url, 'topic-replica-2')).headers.get(BOOKMARK_HEADER)!;
    // The bookmark of the next write, before that write exists: B's read must wait for it, then see it.
    const waiting = read(b.url, ['topic-replica-3'], nextBookmark(first)).then((r) => r.json() as Promise<Answer>);
    const second = await create(a.url, 'topic-replica-3');
    expect(second.headers.get(BOOKMARK_HEADER)).toBe(nextBookmark(first));
    expect((await waiting).data?.nodes).toEqual([{ id: 'topic-replica-3' }]);
  });

  it('refuses bookmarks the database never gave out, or a malformed header, with BAD_USER_INPUT', async () => {
    const foreign = (await (await read(b.url, ['x'], 'FB:Z2FyYmFnZQ==')).json()) as Answer;
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bookmark' });
    const malformed = await read(b.url, ['x'], 'not a bookmark!');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Answer).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', header: BOOKMARK_HEADER });
  });

  it('the typed client carries the bookmark by itself when a load balancer sends its requests to either process', async () => {
    const sent: { host: string; bookmark: string | null }[] = [];
    let turn = 0;
    // Round robin over A and B, the way a Service spreads requests over pods.
    const balancer = (_input: string | URL | Request, init?: RequestInit) => {
      const target = new URL([a.url, b.url][turn++ % 2]!);
      sent.push({ host: target.host, bookmark: new Headers(init?.headers).get(BOOKMARK_HEADER) });
      return fetch(target, init);
    };
    const client = createClient('http://strategiegraph.example/graphql', { token: key, fetch: balancer as typeof fetch });
    await client.request(CreateNodeDocument, topic('topic-replica-4'));
    const { nodes } = await client.request(NodesByIdsDocument, { ids: ['topic-replica-4'] });
    expect(nodes.map((n) => n?.id)).toEqual(['topic-replica-4']);
    expect(sent.map((s) => s.host)).toEqual([new URL(a.url).host, new URL(b.url).host]);
    expect(sent[0]!.bookmark).toBeNull();
    expect(sent[1]!.bookmark).toMatch(/^FB:/);
    expect(sent[1]!.bookmark).toBe(client.bookmarks.get());

    // A bookmark the database does not know (reset since) is dropped, and the read asked again without it.
    client.bookmarks.set('FB:Z2FyYmFnZQ==');
    expect((await client.request(NodesByIdsDocument, { ids: ['topic-replica-4'] })).nodes).toHaveLength(1);
    expect(client.bookmarks.get()).toBeUndefined();
    // Once only: a store that cannot forget does not make the client ask forever.
    const stubborn = { get: () => 'FB:Z2FyYmFnZQ==', set: () => {} };
    expect((await request(b.url, NodesByIdsDocument, { ids: ['topic-replica-4'] }, { bookmarks: stubborn })).nodes).toHaveLength(1);
  });
});
