import { afterAll, beforeAll } from 'vitest';
import { DATA_DIR } from '../../src/config/index.js';
import { Importer, type Graph } from '../../src/graph/index.js';
import { createTestApi } from './api.js';
import { clearGraph, openTestGraph } from './graph.js';

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
    await clearGraph(graph);
    await new Importer(graph.executor).importPaths([DATA_DIR]);
  });
}
