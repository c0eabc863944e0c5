/**
 * The typed GraphQL client of Strategiegraph: the generated TypedDocumentNodes of the operations in
 * operations/, and `request` to run one against a server over HTTP. Standalone: it imports nothing else
 * from src/, so the CLI, the dashboard and scripts can all use it.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { BOOKMARK_HEADER, memoryBookmarks, type BookmarkStore } from './bookmarks.js';

export * from './generated/graphql.js';
export * from './bookmarks.js';

export interface GraphQLErrorShape {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

/** The server answered with errors (the first one's code and message are in the message). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLErrorShape[], readonly status: number) {
    const first = errors[0];
    super(first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message}` : `HTTP ${status}`);
    this.name = 'GraphQLRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface RequestOptions {
  /** Bearer token or API key for servers that require one. */
  readonly token?: string;
  /** Sends the stored bookmark with the request and stores the one a write answers with. */
  readonly bookmarks?: BookmarkStore;
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  /** Send only the document's hash (`documentId`), for servers that run only trusted documents. */
  readonly persisted?: boolean;
}

/** The persisted-document hash codegen gives every document of operations/. */
function documentId(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('This document has no persisted-document hash (is it one of operations/?)');
  return hash;
}

/** Runs a typed operation against a Strategiegraph server; resolves with its data or throws GraphQLRequestError. */
export async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const bookmark = options.bookmarks?.get();
  const response = await (options.fetch ?? fetch)(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(bookmark ? { [BOOKMARK_HEADER]: bookmark } : {}),
    },
    body: JSON.stringify(options.persisted ? { documentId: documentId(document), variables } : { query: print(document), variables }),
    signal: options.signal,
  });
  const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: GraphQLErrorShape[] };
  const newer = response.headers.get(BOOKMARK_HEADER);
  if (newer) options.bookmarks?.set(newer);
  if (body.errors?.length || body.data === undefined || body.data === null) {
    // A bookmark the database does not know (it was reset or restored since): forget it and ask once more.
    if (bookmark && body.errors?.[0]?.extensions?.field === 'bookmark') {
      const store = options.bookmarks!;
      store.set(undefined);
      return request(url, document, variables, { ...options, bookmarks: { get: () => undefined, set: (b) => store.set(b) } });
    }
    throw new GraphQLRequestError(body.errors ?? [{ message: response.statusText }], response.status);
  }
  return body.data;
}

export interface Client {
  /** Runs a typed operation; reads after a write of this client see that write, on whichever replica answers. */
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult>;
  readonly bookmarks: BookmarkStore;
}

/** A client of one server that carries the bookmark of its last write by itself (in memory unless given a store). */
export function createClient(url: string, options: RequestOptions = {}): Client {
  const bookmarks = options.bookmarks ?? memoryBookmarks();
  return { bookmarks, request: (document, variables) => request(url, document, variables, { ...options, bookmarks }) };
}

export * from './paths.js';
export * from './impact.js';
export * from './search.js';
