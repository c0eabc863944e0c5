import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Graph } from '../../src/graph/index.js';
import { ANONYMOUS, createContext, createHttpServer, createLogger, type Principal, type ServerSettings } from '../../src/server/index.js';
import { testConfig } from './graph.js';

export interface OperationResult<R> {
  readonly data: R | null | undefined;
  readonly errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
  /** Neo4j statements (round trips) the operation cost. */
  readonly roundTrips: number;
  /** The answer's extensions (extensions.strategiegraph while debugExtensions is on). */
  readonly extensions: Record<string, unknown> | undefined;
}

/** The production Apollo server, run in-process with the typed operations of operations/. */
export async function createTestApi(graph: Graph, options: { batch?: boolean; settings?: Partial<ServerSettings> } = {}) {
  const settings = { ...testConfig(), ...options.settings };
  const { apollo } = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings, batch: options.batch });
  return {
    /**
     * Runs an operation as `as` (anonymous unless given; authentication itself is tested over HTTP); as the typed
     * client sends it, or as the text given (e.g. a persisted document's).
     */
    async run<R, V>(document: TypedDocumentNode<R, V> | string, variables?: V, as: Principal = ANONYMOUS): Promise<OperationResult<R>> {
      const context = createContext(graph.executor, { batch: options.batch ?? true, publicBaseUrl: settings.linkedData.publicBaseUrl }, as);
      const response = await apollo.executeOperation<R, V & Record<string, unknown>>(
        { query: document, variables: variables as V & Record<string, unknown> },
        { contextValue: context },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      const { data, errors, extensions } = response.body.singleResult;
      return { data, errors: (errors ?? []) as OperationResult<R>['errors'], roundTrips: context.stats.statements, extensions };
    },
    /** Runs and insists on success. */
    async data<R, V>(document: TypedDocumentNode<R, V>, variables?: V, as: Principal = ANONYMOUS): Promise<R> {
      const result = await this.run(document, variables, as);
      if (result.errors.length > 0 || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    stop: () => apollo.stop(),
  };
}
