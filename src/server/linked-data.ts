import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { LinkedDataConfig } from '../config/index.js';
import { DomainError, ID_PATTERN, NotFoundError } from '../domain/index.js';
import { EXPORT_FORMATS, RDF_FORMATS, RDF_SERIALISATIONS, downloadName, type LinkedData, type RdfFormat } from '../graph/index.js';
import { sendJsonError } from './errors.js';
import { sendExport } from './export-route.js';
import type { Logger } from './logger.js';

/** Who may read: the server wires it to its authenticator (anyone while ANONYMOUS_READ, otherwise a caller with a role). */
export type ReadAccess = (authorization: string | undefined) => Promise<unknown>;

export interface LinkedDataRoutesOptions {
  readonly linkedData: LinkedData;
  readonly config: LinkedDataConfig;
  readonly anonymousRead: boolean;
  readonly readAccess: ReadAccess;
  readonly maxQueryBytes: number;
  readonly logger: Logger;
}

const RDF_MEDIA = RDF_FORMATS.map((f) => RDF_SERIALISATIONS[f].mediaType);

/**
 * Content negotiation over `offers` (in order of preference: the first wins a wildcard), honouring q-values; plain
 * application/json gets the JSON offer (JSON-LD, or SPARQL JSON results). A `format` query parameter naming an RDF
 * format overrides the Accept header (for links a browser follows).
 */
function negotiate(req: Request, offers: readonly string[]): string | undefined {
  const format = req.query.format;
  if (typeof format === 'string' && (RDF_FORMATS as readonly string[]).includes(format)) {
    const media = RDF_SERIALISATIONS[format as RdfFormat].mediaType;
    return offers.includes(media) ? media : undefined;
  }
  const json = offers.find((o) => /json/.test(o));
  const candidates = json ? [...offers, 'application/json'] : [...offers];
  const chosen = req.accepts(candidates);
  if (!chosen) return undefined;
  return chosen === 'application/json' ? json : chosen;
}

const rdfFormatOf = (media: string): RdfFormat => RDF_FORMATS.find((f) => RDF_SERIALISATIONS[f].mediaType === media)!;

function notAcceptable(offers: readonly string[]): DomainError {
  return new DomainError('NOT_ACCEPTABLE', `This resource is available as ${offers.join(', ')}.`, { offers });
}

function sendRdf(res: Response, media: string, body: string): void {
  res.vary('Accept').type(`${media}; charset=utf-8`).send(body);
}

/**
 * The linked-data face of the server:
 *   GET /id/<id>          a node's document (Turtle, JSON-LD, N-Triples); browsers are sent to its dashboard page
 *   GET /sparql, POST     SPARQL 1.1 Protocol, read-only, over the current graph
 *   GET /dcat             the DCAT-AP.de description of the data set (public: metadata only)
 *   GET /vocab            the project's vocabulary, OWL (public)
 *   GET /scheme/<name>    a SKOS concept scheme with its top concepts
 *   GET /downloads/<file> the whole graph in an export format (the distributions of /dcat)
 * Errors are JSON with a code: {"error": {"code": "NOT_FOUND", "message": …}}.
 */
export function linkedDataRouter(options: LinkedDataRoutesOptions): Router {
  const { linkedData, logger } = options;
  const router = express.Router();
  const fail = (res: Response, error: unknown) => sendJsonError(res, error, logger, 'linked data');
  const reader: RequestHandler = (req, res, next) => {
    options.readAccess(req.headers.authorization).then(() => next(), (error: unknown) => fail(res, error));
  };
  const handle =
    (work: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    (req, res) => {
      work(req, res).catch((error: unknown) => fail(res, error));
    };
  /** A document in the RDF format the client asked for. */
  const rdf = (document: (req: Request, format: RdfFormat) => Promise<string | null>) =>
    handle(async (req, res) => {
      const media = negotiate(req, RDF_MEDIA);
      if (!media) throw notAcceptable(RDF_MEDIA);
      const body = await document(req, rdfFormatOf(media));
      if (body === null) throw new NotFoundError(`Nothing is published at ${req.path}.`);
      sendRdf(res, media, body);
    });

  router.get(
    '/id/:id',
    reader,
    handle(async (req, res) => {
      const offers = [...RDF_MEDIA, 'text/html'];
      const media = negotiate(req, offers);
      if (!media) throw notAcceptable(offers);
      const id = String(req.params.id);
      const body = ID_PATTERN.test(id) ? await linkedData.nodeDocument(id, media === 'text/html' ? 'ntriples' : rdfFormatOf(media)) : null;
      if (body === null) throw new NotFoundError(`There is no node '${id}'.`, { id });
      if (media === 'text/html') {
        res.vary('Accept').redirect(303, `/dashboard#/node/${id}`);
        return;
      }
      sendRdf(res, media, body);
    }),
  );

  router.get('/vocab', rdf(async (_req, format) => linkedData.vocabulary(format)));
  router.get('/dcat', rdf(async (_req, format) => linkedData.catalogue(options.config.catalogue, options.anonymousRead, format)));
  router.get('/scheme/:name', reader, rdf(async (req, format) => linkedData.schemeDocument(String(req.params.name), format)));

  router.get(
    '/downloads/:file',
    reader,
    handle(async (req, res) => {
      const format = EXPORT_FORMATS.find((f) => downloadName(f) === req.params.file);
      if (!format) throw new NotFoundError(`There is no download '${req.params.file}'; see /dcat for the distributions.`);
      sendExport(res, format, await (await linkedData.current()).file(format));
    }),
  );

  const answer = async (req: Request, res: Response, query: unknown) => {
    if (typeof query !== 'string' || query.trim() === '') throw new DomainError('BAD_USER_INPUT', 'Send a SPARQL query: ?query=… (GET), a form field query (POST) or an application/sparql-query body.');
    if (Buffer.byteLength(query) > options.maxQueryBytes) {
      throw new DomainError('QUERY_TOO_COMPLEX', `The query exceeds ${options.maxQueryBytes} bytes.`, { limit: 'bodyBytes', max: options.maxQueryBytes });
    }
    const { mediaType, body } = await linkedData.sparql(query, (offers) => negotiate(req, offers));
    res.vary('Accept').type(`${mediaType}; charset=utf-8`).send(body);
  };
  const checkDataset = (params: Record<string, unknown>) => {
    if (params.update !== undefined) throw new DomainError('READ_ONLY', 'This SPARQL endpoint is read-only: it answers queries, never updates.');
    if (params['default-graph-uri'] !== undefined || params['named-graph-uri'] !== undefined) {
      throw new DomainError('BAD_USER_INPUT', 'This endpoint has one default graph: default-graph-uri and named-graph-uri are not supported.');
    }
  };
  router.get(
    '/sparql',
    reader,
    handle(async (req, res) => {
      checkDataset(req.query);
      await answer(req, res, req.query.query);
    }),
  );
  const bodyLimit = { limit: options.maxQueryBytes };
  const tooLarge: ErrorRequestHandler = (err: { type?: string }, _req, res, next) => {
    if (err.type === 'entity.too.large') {
      fail(res, new DomainError('QUERY_TOO_COMPLEX', `The request body exceeds ${options.maxQueryBytes} bytes.`, { limit: 'bodyBytes', max: options.maxQueryBytes }));
    } else if (err.type) {
      fail(res, new DomainError('BAD_USER_INPUT', 'The request body could not be read.'));
    } else next(err);
  };
  router.post(
    '/sparql',
    reader,
    express.urlencoded({ ...bodyLimit, extended: false }),
    express.text({ ...bodyLimit, type: ['application/sparql-query', 'application/sparql-update'] }),
    tooLarge,
    handle(async (req, res) => {
      if (req.is('application/sparql-update')) throw new DomainError('READ_ONLY', 'This SPARQL endpoint is read-only: it answers queries, never updates.');
      if (req.is('application/sparql-query')) {
        checkDataset(req.query);
        await answer(req, res, req.body);
        return;
      }
      if (!req.is('application/x-www-form-urlencoded')) {
        throw new DomainError('BAD_USER_INPUT', 'POST a SPARQL query as application/sparql-query or as the form field query (application/x-www-form-urlencoded).');
      }
      const form = (req.body ?? {}) as Record<string, unknown>;
      checkDataset({ ...req.query, ...form });
      await answer(req, res, form.query);
    }),
  );
  return router;
}
