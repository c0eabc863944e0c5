import { DomainError } from '../../domain/index.js';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

const UPDATE_KEYWORDS = ['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH'];

/**
 * The form of a SPARQL request, read from its prologue (comments, BASE and PREFIX declarations) and the keyword after
 * it. Updates are refused here — the endpoint is read-only, and the engine is only ever asked to query. Anything else
 * the engine parses itself and reports.
 */
export function queryForm(text: string): QueryForm {
  let rest = text;
  for (;;) {
    const skipped = rest.replace(/^(?:\s+|#[^\n\r]*)+/, '');
    const decl = /^(?:BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)/i.exec(skipped);
    if (!decl) {
      rest = skipped;
      break;
    }
    rest = skipped.slice(decl[0].length);
  }
  const keyword = /^[A-Za-z]+/.exec(rest)?.[0].toUpperCase();
  if (keyword === 'SELECT' || keyword === 'ASK' || keyword === 'CONSTRUCT' || keyword === 'DESCRIBE') return keyword;
  if (keyword && UPDATE_KEYWORDS.includes(keyword)) {
    throw new DomainError('READ_ONLY', 'This SPARQL endpoint is read-only: it answers queries (SELECT, ASK, CONSTRUCT, DESCRIBE), never updates.');
  }
  throw new DomainError('BAD_USER_INPUT', 'Not a SPARQL query: after the prologue (BASE, PREFIX) it must begin with SELECT, ASK, CONSTRUCT or DESCRIBE.');
}

/**
 * The query with the endpoint's prefixes declared before the client's own (a client's declaration of the same
 * name wins), and a way to turn the engine's error positions back into the client's lines.
 */
export function withPrefixes(text: string, prefixes: Readonly<Record<string, string>>): { query: string; clientMessage: (engineMessage: string) => string } {
  const lines = Object.entries(prefixes).map(([name, ns]) => `PREFIX ${name}: <${ns}>`);
  return {
    query: `${lines.join('\n')}\n${text}`,
    clientMessage: (message) => message.replace(/\b(\d+):(\d+)\b/, (all, line: string, column: string) => (Number(line) > lines.length ? `${Number(line) - lines.length}:${column}` : all)),
  };
}
