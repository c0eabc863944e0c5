import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImpactAffectedPageDocument, ProjectsTouchingDocument } from '../../src/client/index.js';
import { Importer } from '../../src/graph/index.js';
import { clearGraph } from '../helpers/graph.js';
import { useTestApi } from '../helpers/shipped.js';

/** Synthetic test data, labelled as such. */
const SOURCE = [{ url: 'https://example.org/synthetic-test-data', title: 'Synthetic test data, not a real fact' }];
const node = (id: string, kind: string, name: string) => ({ id, kind, name, description: 'synthetic', sources: SOURCE });
const rel = (from: string, type: string, to: string) => ({ from, type, to, sources: SOURCE });

/**
 * A service L, a system S that supports it, 12 projects digitalising L (1 hop) and 18 integrating S (2 hops);
 * names repeat (ties broken by id) and carry umlauts.
 */
function graph() {
  const names = ['Ärger', 'Bau', 'aber', 'Zoll', 'Bau'];
  const nodes = [node('svc-l', 'Service', 'Leistung L'), node('sys-s', 'System', 'System S')];
  const relationships = [rel('sys-s', 'SUPPORTS', 'svc-l')];
  for (let i = 0; i < 30; i++) {
    const id = `p-${String(i).padStart(2, '0')}`;
    nodes.push(node(id, 'Project', `Projekt ${names[i % names.length]}`));
    relationships.push(i < 12 ? rel(id, 'DIGITALISES', 'svc-l') : rel(id, 'INTEGRATES', 'sys-s'));
  }
  return { nodes, relationships };
}

async function importDoc(importer: Importer, doc: object) {
  const file = join(mkdtempSync(join(tmpdir(), 'sg-pages-')), 'graph.json');
  writeFileSync(file, JSON.stringify(doc));
  await importer.importPaths([file]);
}

const doc = <R = Record<string, unknown>, V = Record<string, unknown>>(text: string) => parse(text) as unknown as TypedDocumentNode<R, V>;

describe('traversal pages (keyset cursors)', () => {
  const env = useTestApi();
  let importer: Importer;
  beforeAll(async () => {
    await clearGraph(env.graph);
    importer = new Importer(env.graph.executor);
    await importDoc(importer, graph());
  });

  it('pages through projectsTouching without skipping or repeating a row while others write', async () => {
    const { projectsTouching: all } = await env.api.data(ProjectsTouchingDocument, { target: 'svc-l', maxDepth: 3, first: 1000 });
    expect(all.totalCount).toBe(30);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const { projectsTouching } = await env.api.data(ProjectsTouchingDocument, { target: 'svc-l', maxDepth: 3, first: 7, after });
      expect(projectsTouching.nodes.length).toBeLessThanOrEqual(7);
      seen.push(...projectsTouching.nodes.map((n) => n.project.id));
      if (page === 2) {
        // Past the 1-hop rows now: one project is added before the cursor and one after it.
        await importDoc(importer, {
          nodes: [node('p-new-before', 'Project', 'AAA vorne'), node('p-new-after', 'Project', 'Zzz hinten')],
          relationships: [rel('p-new-before', 'DIGITALISES', 'svc-l'), rel('p-new-after', 'INTEGRATES', 'sys-s')],
        });
      }
      if (!projectsTouching.pageInfo.hasNextPage) break;
      after = projectsTouching.pageInfo.endCursor!;
    }
    expect(new Set(seen).size, 'no row repeated').toBe(seen.length);
    expect(seen.filter((id) => !id.startsWith('p-new')), 'the rows of the first answer, in its order').toEqual(all.nodes.map((n) => n.project.id));
    expect(seen).toContain('p-new-after');
    expect(seen).not.toContain('p-new-before');
    const { projectsTouching: now } = await env.api.data(ProjectsTouchingDocument, { target: 'svc-l', maxDepth: 3, first: 0 });
    expect(now.totalCount).toBe(32);
    expect(now.nodes).toEqual([]);
    await clearGraph(env.graph);
    await importDoc(importer, graph());
  });

  it('pages through impact.affected in the order hops, name, id', async () => {
    const rows: { id: string; hops: number }[] = [];
    let after: string | undefined;
    const first = await env.api.data(
      doc<{ impact: { affected: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { hops: number; node: { id: string } }[] } } }>(
        'query($first: Int) { impact(of: "svc-l", maxDepth: 3) { affected(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { hops node { id } } } } }',
      ),
      { first: 4 },
    );
    rows.push(...first.impact.affected.nodes.map((n) => ({ id: n.node.id, hops: n.hops })));
    after = first.impact.affected.pageInfo.endCursor ?? undefined;
    let more = first.impact.affected.pageInfo.hasNextPage;
    while (more) {
      const { impact }: { impact: typeof first.impact } = await env.api.data(ImpactAffectedPageDocument, { of: 'svc-l', maxDepth: 3, first: 4, after: after! });
      rows.push(...impact.affected.nodes.map((n) => ({ id: n.node.id, hops: n.hops })));
      more = impact.affected.pageInfo.hasNextPage;
      after = impact.affected.pageInfo.endCursor ?? undefined;
    }
    expect(first.impact.affected.totalCount).toBe(31);
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((r) => r.id)).size).toBe(31);
    expect(rows.filter((r) => r.hops === 1).map((r) => r.id)).toContain('sys-s');
    expect(rows.map((r) => r.hops)).toEqual([...rows.map((r) => r.hops)].sort((a, b) => a - b));
  });

  it('answers one statement per page, also for an impact with several pages and lists', async () => {
    const result = await env.api.run(
      doc(
        '{ impact(of: "Leistung L", maxDepth: 3) { of { id } a: affected(first: 2) { totalCount nodes { hops } } b: affected(first: 3) { nodes { hops } } ' +
          'projects(first: 1) { totalCount edges { cursor node { id } } } targetVisions(first: 2) { id } focusAreas { id } totalBudgetEur } }',
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.roundTrips).toBe(1);
    const impact = (result.data as { impact: { a: { totalCount: number; nodes: unknown[] }; b: { nodes: unknown[] }; projects: { totalCount: number } } }).impact;
    expect([impact.a.totalCount, impact.a.nodes.length, impact.b.nodes.length, impact.projects.totalCount]).toEqual([31, 2, 3, 30]);
  });

  const oversized = Buffer.from(JSON.stringify([1, 'x'.repeat(2000), 'p-00'])).toString('base64url');
  it.each([
    ['not base64', 'nicht-ein-cursor!'],
    ['not JSON', Buffer.from('offset:3').toString('base64url')],
    ['hops out of range', Buffer.from(JSON.stringify([99, 'a', 'b'])).toString('base64url')],
    ['an offset cursor of a list', btoa('offset:3')],
    ['oversized', oversized],
  ])('refuses a malformed cursor (%s) with BAD_USER_INPUT before any Cypher runs', async (_what, cursor) => {
    for (const text of [
      'query($after: String) { projectsTouching(target: "svc-l", after: $after) { totalCount } }',
      'query($after: String) { impact(of: "svc-l") { affected(after: $after) { totalCount } } }',
      'query($after: String) { impact(of: "svc-l") { projects(after: $after) { totalCount } } }',
    ]) {
      const result = await env.api.run(doc(text), { after: cursor });
      expect(result.errors[0]?.extensions?.code, text).toBe('BAD_USER_INPUT');
      expect(result.errors[0]?.extensions?.argument).toBe('after');
      expect(result.roundTrips).toBe(0);
    }
  });

  it.each([-1, 1001])('refuses first = %i with BAD_USER_INPUT', async (first) => {
    const result = await env.api.run(doc('query($first: Int!) { projectsTouching(target: "svc-l", first: $first) { totalCount } }'), { first });
    expect(result.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a list cursor with an oversized offset with BAD_USER_INPUT, not a Neo4j overflow', async () => {
    for (const offset of ['99999999999999999999', '9223372036854775807', '1'.repeat(400)]) {
      const result = await env.api.run(doc('query($after: String) { projects(after: $after) { nodes { id } } }'), { after: btoa(`offset:${offset}`) });
      expect(result.errors[0]?.extensions?.code, offset).toBe('BAD_USER_INPUT');
      expect(result.errors[0]?.message.length).toBeLessThan(200);
    }
  });
});
