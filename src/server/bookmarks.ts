import type { ApolloServerPlugin } from '@apollo/server';
import { BOOKMARK_HEADER } from '../client/bookmarks.js';
import { DomainError } from '../domain/index.js';
import { Causality } from '../graph/index.js';
import type { Context } from '../schema/index.js';

/**
 * Read-your-writes across replicas. Every answer to a request that wrote carries the bookmark of its writes, in
 * `extensions.bookmark` and in the header BOOKMARK_HEADER (defined with the typed client, which carries it by
 * itself); a request that sends it back in that header reads, on any server process and any Neo4j cluster member,
 * only once that member has those writes.
 */
export { BOOKMARK_HEADER };

/** Bookmarks are opaque tokens of the database (Neo4j 5: "FB:" and base64); a few of them, comma-separated. */
const BOOKMARK = /^[A-Za-z0-9+/=:_-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/** The request's causal chain from the bookmark header (empty without one); BAD_USER_INPUT for a malformed one. */
export function causalityFrom(header: string | string[] | undefined): Causality {
  const values = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((b) => b.trim()).filter((b) => b !== '');
  if (values.length > MAX_BOOKMARKS || values.some((b) => !BOOKMARK.test(b))) {
    throw new DomainError('BAD_USER_INPUT', `The ${BOOKMARK_HEADER} header must hold at most ${MAX_BOOKMARKS} bookmarks as the server gave them out, comma-separated.`, {
      field: 'bookmark',
      header: BOOKMARK_HEADER,
    });
  }
  return new Causality(values);
}

/** Hands out the bookmark of a request's writes (extensions.bookmark and the header). */
export function bookmarkPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const causality = contextValue.stats.causality;
          if (!causality?.hasWritten) return;
          const bookmark = (await causality.bookmarks()).join(',');
          if (bookmark === '') return;
          response.http.headers.set(BOOKMARK_HEADER, bookmark);
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark };
          }
        },
      };
    },
  };
}
