import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, request, type BookmarkStore } from '../client/index.js';
import { credential } from './auth.js';

/**
 * The bookmark of the browser's last write, shared with GraphiQL (src/server/graphiql/start.js uses the same key),
 * so that what was just written there shows here, whichever server replica answers.
 */
const BOOKMARK_KEY = 'strategiegraph.bookmark';
const storedBookmarks: BookmarkStore = {
  get: () => localStorage.getItem(BOOKMARK_KEY) ?? undefined,
  set: (bookmark) => (bookmark ? localStorage.setItem(BOOKMARK_KEY, bookmark) : localStorage.removeItem(BOOKMARK_KEY)),
};

/** How long a request may take before the view says so (localStorage may shorten it, for tests and slow links). */
export function requestTimeoutMs(): number {
  const stored = Number(localStorage.getItem('strategiegraph.requestTimeoutMs'));
  return Number.isFinite(stored) && stored > 0 ? stored : 30_000;
}

/** Why a view could not be shown: the API's error code (or TIMEOUT, NETWORK), its message and NOT_FOUND's candidates. */
export class ViewError extends Error {
  constructor(
    readonly code: string,
    /** The server's own message (English), shown beside the translation. */
    readonly apiMessage: string | undefined,
    readonly candidates: readonly { id: string; name: string }[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${apiMessage ? `: ${apiMessage}` : ''}`);
    this.name = 'ViewError';
  }
}

/** A signal aborted when any of these is (AbortSignal.any, which older browsers lack). */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/** The view's requests were cancelled because the user went elsewhere: nothing to show. */
export const isAborted = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/**
 * Runs one of the typed operations against the server that served the dashboard, with the credential of this tab
 * (if any). `signal` is the view's: leaving the view cancels the request. A request that takes longer than
 * requestTimeoutMs() fails with TIMEOUT.
 */
export async function query<R, V>(document: TypedDocumentNode<R, V>, variables: V, signal: AbortSignal): Promise<R> {
  const timeout = requestTimeoutMs();
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  try {
    return await request('/graphql', document, variables, {
      bookmarks: storedBookmarks,
      token: credential(),
      signal: anySignal([signal, timer.signal]),
    });
  } catch (error) {
    if (signal.aborted) throw new DOMException('left the view', 'AbortError');
    if (timer.signal.aborted) throw new ViewError('TIMEOUT', undefined, [], { seconds: Math.round(timeout / 1000) });
    if (error instanceof GraphQLRequestError) {
      const first = error.errors[0];
      const candidates = (first?.extensions?.candidates as { id: string; name: string }[] | undefined) ?? [];
      const code = error.code ?? (error.status === 401 ? 'UNAUTHENTICATED' : error.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN');
      throw new ViewError(code, first?.message, candidates);
    }
    if (error instanceof TypeError) throw new ViewError('NETWORK', error.message);
    throw error;
  } finally {
    clearTimeout(timeoutId);
  }
}
