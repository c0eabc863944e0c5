import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ModelDocument, createClient, type BookmarkStore } from '../client/index.js';

/**
 * The bookmark of the browser's last write, shared with GraphiQL (src/server/graphiql/start.js uses the same key),
 * so that what was just written there shows here, whichever server replica answers.
 */
const BOOKMARK_KEY = 'strategiegraph.bookmark';
const storedBookmarks: BookmarkStore = {
  get: () => localStorage.getItem(BOOKMARK_KEY) ?? undefined,
  set: (bookmark) => (bookmark ? localStorage.setItem(BOOKMARK_KEY, bookmark) : localStorage.removeItem(BOOKMARK_KEY)),
};

const client = createClient('/graphql', { bookmarks: storedBookmarks });

/** Runs one of the typed operations against the server that served the dashboard. */
export function query<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  return client.request(document, variables);
}

let kindNames: Promise<Map<string, string>> | undefined;

/** The German name of each kind ("System" → "IT-System / Basiskomponente"), from the API's model. */
export function germanKinds(): Promise<Map<string, string>> {
  kindNames ??= query(ModelDocument, {}).then(({ model }) => new Map(model.kinds.map((k) => [k.kind, k.german])));
  return kindNames;
}
