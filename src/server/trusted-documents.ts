import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import * as typedClient from '../client/generated/graphql.js';
import { PERSISTED_DOCUMENTS_FILE } from '../config/index.js';
import { errorBody } from './errors.js';

/** The persisted documents: "sha256:<hex>" → the operation's text, as codegen wrote them. */
export function loadTrustedDocuments(file = PERSISTED_DOCUMENTS_FILE): ReadonlyMap<string, string> {
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

/**
 * The texts of the trusted operations: each persisted document as codegen wrote it (what a `documentId` runs), and
 * as the typed client prints it (what `request` sends without `persisted`; its fields in the operation's order).
 */
export function trustedSources(documents: ReadonlyMap<string, string>): ReadonlySet<string> {
  const printed = Object.values(typedClient).flatMap((value) => {
    const hash = (value as { __meta__?: { hash?: unknown } } | null)?.__meta__?.hash;
    return typeof hash === 'string' && documents.has(hash) ? [print(value as DocumentNode)] : [];
  });
  return new Set([...documents.values(), ...printed]);
}

/** The operation names of each trusted text (the metrics label operations by these names only). */
export function trustedOperationNames(sources: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(
    [...sources].map((text) => [
      text,
      new Set(parse(text).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []))),
    ]),
  );
}

const error = (code: string, message: string) => errorBody('graphql', { code, message });

/**
 * Persisted documents (GraphQL over HTTP `documentId`, in POST bodies): a request may name one of the repository's
 * operations by its hash instead of sending its text. With `only`, the server runs nothing else: a
 * request with free query text is refused unless that text is itself a registered document.
 */
export function trustedDocuments(documents: ReadonlyMap<string, string>, only: boolean): RequestHandler {
  const hashes = new Set([...documents.keys()]);
  return (req, res, next) => {
    const body = req.method === 'POST' && req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined;
    const documentId = body?.documentId;
    if (body && typeof documentId === 'string') {
      const text = documents.get(documentId);
      if (text === undefined) {
        res.status(400).json(error('PERSISTED_QUERY_NOT_FOUND', `No persisted document '${documentId}'.`));
        return;
      }
      body.query = text;
      delete body.documentId;
      next();
      return;
    }
    const query = body?.query ?? req.query.query;
    if (only && typeof query === 'string' && !hashes.has(`sha256:${createHash('sha256').update(query).digest('hex')}`)) {
      res.status(400).json(error('TRUSTED_DOCUMENTS_ONLY', 'This server runs only its registered operations: send a documentId.'));
      return;
    }
    next();
  };
}
