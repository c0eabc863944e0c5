import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { DATA_DIR } from '../../src/config/index.js';
import { Importer, type Graph } from '../../src/graph/index.js';
import { createTestApi } from './api.js';
import { clearGraph, openTestGraph, testServerIndex } from './graph.js';
import { shippedMarkerFile } from './shipped-marker.js';

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/**
 * For a describe block: the test database and the API on it, set up before its tests (after `prepare`, e.g. to
 * load data) and closed after them.
 */
export function useTestApi(prepare: (graph: Graph) => Promise<void> = async () => {}): { readonly graph: Graph; readonly api: TestApi } {
  const state = {} as { graph: Graph; api: TestApi };
  beforeAll(async () => {
    state.graph = await openTestGraph();
    await prepare(state.graph);
    state.api = await createTestApi(state.graph);
  });
  afterAll(async () => {
    await state.api?.stop();
    await state.graph?.close();
  });
  return {
    get graph() {
      return state.graph;
    },
    get api() {
      return state.api;
    },
  };
}

/** For a describe block that reads the shipped graph: an empty database loaded with data/, and the API on it. */
export function useShippedGraph(): { readonly graph: Graph; readonly api: TestApi } {
  return useTestApi(async (graph) => {
    await loadShippedGraph(graph);
  });
}

/**
 * What stands for the database's content without reading it: the bookmark of a read, which names the database
 * and the last transaction committed to it. Every write commits a transaction (a mutation, an import, a clear,
 * a schema change, a test's own Cypher), so any write changes it; reads never do.
 */
async function databaseState(graph: Graph): Promise<string> {
  const session = graph.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run('RETURN 1'));
    const bookmarks = session.lastBookmarks();
    if (bookmarks.length !== 1 || !bookmarks[0]) throw new Error(`a read returned the bookmarks ${JSON.stringify(bookmarks)}`);
    return bookmarks[0];
  } finally {
    await session.close();
  }
}

/**
 * Makes the database hold exactly the shipped graph: an empty database loaded with data/. Cheap when nothing has
 * been written to the database since this function last imported it in this run of the suite (the state noted
 * after that import is still the database's state); otherwise clears and imports.
 */
export async function loadShippedGraph(graph: Graph): Promise<'imported' | 'unchanged'> {
  const file = shippedMarkerFile(inject('testRunId'), testServerIndex());
  const noted = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (noted !== undefined && noted === (await databaseState(graph))) return 'unchanged';
  rmSync(file, { force: true });
  await clearGraph(graph);
  await new Importer(graph.executor).importPaths([DATA_DIR]);
  writeFileSync(file, await databaseState(graph));
  return 'imported';
}
