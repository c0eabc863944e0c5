import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { boltUri, type Config } from '../config/index.js';
import { GraphQLRequestError, memoryBookmarks, request, type GraphQLErrorShape } from '../client/index.js';
import { createApollo, createLogger } from '../server/index.js';
import { connect } from './connect.js';
import type { Speech } from './speech.js';

/** Runs the typed operations of operations/ — in this process against Neo4j, or against a running server. */
export interface Api {
  run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
  close(): Promise<void>;
  /** Where the operations run, for the command's first line: a server, or this process and its Neo4j. */
  readonly where: { readonly server: string } | { readonly neo4j: string };
}

export interface ApiOptions {
  /** A running server's /graphql URL; without it the operations run in this process. */
  readonly url?: string;
  /** Sent as `Authorization: Bearer <token>` to the server. */
  readonly token?: string;
  readonly progress: (message: string) => void;
  /** The CLI's language, for progress and for what is not there. */
  readonly speech: Speech;
}

/**
 * Both ways answer alike: in this process the operation runs through the server's own Apollo (createApollo: the
 * same plugins, limits included, the same formatError, a context as /graphql builds it), so that codes and messages
 * are the ones the server would send (as GraphQLRequestError either way).
 */
export async function openApi(config: Config, options: ApiOptions): Promise<Api> {
  if (options.url) {
    const url = options.url;
    // The command's later operations see its earlier writes, whichever replica answers.
    const bookmarks = memoryBookmarks();
    const run = async <R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> => {
      try {
        return await request(url, document, variables, { token: options.token, bookmarks });
      } catch (error) {
        if (error instanceof GraphQLRequestError) throw error;
        throw new Error(options.speech.say('noServer', { url, reason: (error as Error).message }));
      }
    };
    return { run, close: async () => {}, where: { server: url } };
  }
  options.progress(options.speech.say('connecting', { uri: boltUri(config) }));
  const graph = await connect(config, options.speech);
  let graphql;
  try {
    // Unexpected errors are masked as the server masks them (the CLI's output is the answer, not a log).
    graphql = await createApollo({ executor: graph.executor, logger: createLogger('silent'), settings: config });
  } catch (error) {
    await graph.close();
    throw error;
  }
  const { apollo } = graphql;
  return {
    async run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
      const response = await apollo.executeOperation<R & Record<string, unknown>, V & Record<string, unknown>>(
        { query: document, variables: variables as V & Record<string, unknown> },
        { contextValue: graphql.context() },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not enabled');
      const { data, errors } = response.body.singleResult;
      if (errors?.length || !data) throw new GraphQLRequestError((errors ?? []) as GraphQLErrorShape[], response.http.status ?? 200);
      return data as R;
    },
    close: async () => {
      await graphql.stop();
      await graph.close();
    },
    where: { neo4j: boltUri(config) },
  };
}

/** How long the CLI waits for the local server before it runs a command in its own process. */
const PROBE_MS = 700;

/**
 * The server a query command talks to: --url, else STRATEGIEGRAPH_URL, else the local server
 * (http://127.0.0.1:PORT/graphql) if it answers a GraphQL request within PROBE_MS; undefined: run in this process
 * (also when --local or STRATEGIEGRAPH_URL=local says so).
 */
export async function serverUrl(config: Config, flags: { url?: string; local?: boolean }): Promise<string | undefined> {
  if (flags.local) return undefined;
  const chosen = flags.url ?? config.cliUrl;
  if (chosen !== undefined) return chosen === 'local' ? undefined : chosen;
  const local = `http://127.0.0.1:${config.http.port}/graphql`;
  try {
    const answer = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: '{"query":"{ __typename }"}',
      signal: AbortSignal.timeout(PROBE_MS),
    });
    const body = (await answer.json()) as { data?: unknown; errors?: unknown };
    return body.data !== undefined || body.errors !== undefined ? local : undefined;
  } catch {
    return undefined;
  }
}
