import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ModelDocument, request } from '../client/index.js';

/** Runs one of the typed operations against the server that served the dashboard. */
export function query<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  return request('/graphql', document, variables);
}

let kindNames: Promise<Map<string, string>> | undefined;

/** The German name of each kind ("System" → "IT-System / Basiskomponente"), from the API's model. */
export function germanKinds(): Promise<Map<string, string>> {
  kindNames ??= query(ModelDocument, {}).then(({ model }) => new Map(model.kinds.map((k) => [k.kind, k.german])));
  return kindNames;
}
