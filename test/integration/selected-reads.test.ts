import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPENDENCY_TYPES } from '../../src/domain/index.js';
import type { Graph } from '../../src/graph/index.js';
import { createTestApi } from '../helpers/api.js';
import { cypher, openTestGraph } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

interface Sent {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/** Records every statement the server sends through the graph's driver (text and parameters). */
function record(graph: Graph): Sent[] {
  const sent: Sent[] = [];
  const driver = graph.driver as unknown as { session: (...args: unknown[]) => { run: (...args: unknown[]) => unknown } };
  const open = driver.session.bind(driver);
  driver.session = (...args) => {
    const session = open(...args);
    const run = session.run.bind(session);
    session.run = (text, params, ...rest) => {
      sent.push({ text: text as string, params: (params ?? {}) as Record<string, unknown> });
      return run(text, params, ...rest);
    };
    return session;
  };
  return sent;
}

/** The property lists the statements were asked to read of nodes ($keys, and $keys1 … of a planned tree). */
const keyLists = (sent: readonly Sent[]) => sent.flatMap((s) => Object.entries(s.params).filter(([k]) => /^keys\d*$/.test(k)).map(([, v]) => v));

const FAT = ['description', 'sourcesJson', 'attributesJson', 'aliases', 'note'];

describe('what a request reads of nodes', () => {
  let graph: Graph;
  let sent: Sent[];
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let target: string;
  let project: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    [{ target, project }] = (await cypher<{ target: string; project: string }>(
      graph,
      `MATCH (p:Project)-[:${DEPENDENCY_TYPES.join('|')}]->{1,3}(t:Node) WHERE t <> p RETURN t.id AS target, p.id AS project ORDER BY target, project LIMIT 1`,
    )) as [{ target: string; project: string }];
    sent = record(graph);
    api = await createTestApi(graph);
  });
  afterAll(async () => {
    await api.stop();
    await graph.close();
  });

  /** Runs a query and returns the property lists its statements read, after checking it answered with data. */
  async function readsOf(query: string): Promise<unknown[]> {
    sent.length = 0;
    const result = await api.run(parse(query) as TypedDocumentNode<Record<string, unknown>, Record<string, never>>);
    expect(result.errors, query).toEqual([]);
    expect(JSON.stringify(result.data), query).toMatch(/"name":"[^"]+"/);
    const lists = keyLists(sent);
    expect(lists.length, query).toBeGreaterThan(0);
    return lists;
  }

  const onlyIdAndName = (lists: unknown[]) => {
    for (const keys of lists) {
      expect(keys).not.toBeNull();
      expect((keys as string[]).filter((k) => FAT.includes(k))).toEqual([]);
    }
  };

  it('selecting id and name reads no description, sources or attributes: lists, planned trees, search hits', async () => {
    onlyIdAndName(await readsOf('{ projects(first: 5) { nodes { id name leadInstitutions { id name } systems { name services { name } } } } }'));
    onlyIdAndName(await readsOf('{ focusAreas(first: 3) { edges { node { name targetVisions { id name projects { name } } } } } }'));
    onlyIdAndName(await readsOf('{ search(text: "Portal", first: 5) { score node { id name } } }'));
    onlyIdAndName(await readsOf(`{ node(id: "${project}") { id name ... on Project { leadInstitutions { id name } systems { name } } } }`));
    onlyIdAndName(await readsOf('{ coverage { targetVision { id name } projectCount programmeCount covered } }'));
    onlyIdAndName(await readsOf('{ uncoveredTargetVisions { id name } }'));
  });

  it('selecting id and name of traversal rows and path nodes reads nothing else of them', async () => {
    onlyIdAndName(await readsOf(`{ projectsTouching(target: "${target}") { nodes { hops project { id name } path { nodes { id name } relationships { type } } } } }`));
    onlyIdAndName(
      await readsOf(`{ impact(of: "${target}") { of { name } affected { nodes { hops node { id name } } } projects { nodes { name } }
        targetVisionPaths { node { name } path { nodes { id name } } } focusAreaPaths { node { name } path { nodes { name } } } } }`),
    );
    onlyIdAndName(await readsOf(`{ shortestPath(from: "${project}", to: "${target}") { hops nodes { id name } } }`));
  });

  it('reads what is selected, and no more: a description when it is asked for, not when it is skipped', async () => {
    const asked = await readsOf(`{ shortestPath(from: "${project}", to: "${target}") { nodes { name description } } }`);
    expect(asked).toEqual([['id', 'kind', 'name', 'description']]);
    const skipped = await readsOf(`{ shortestPath(from: "${project}", to: "${target}") { nodes { name description @skip(if: true) } } }`);
    expect(skipped).toEqual([['id', 'kind', 'name']]);
    // A highlight needs the passages it may point at.
    expect(await readsOf('{ search(text: "Portal", first: 5) { highlight node { name } } }')).toEqual([['id', 'kind', 'name', 'aliases', 'description']]);
  });
});
