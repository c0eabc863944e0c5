import type { Quad } from '@rdfjs/types';
import { DomainError, schemeIri, type GraphDocument } from '../../domain/index.js';
import type { Executor } from '../neo4j/executor.js';
import type { LinkedDataConfig } from '../../config/index.js';
import { downloadName, renderExport, type ExportFormat } from '../export/export.js';
import type { ExportFile } from '../export/files.js';
import { RDF_SERIALISATIONS, Terms, schemeDescription, sortedQuads, toQuads, type RdfFormat } from '../export/rdf.js';
import { SCHEMES, type SchemeName } from '../export/rdf-mapping.js';
import { vocabularyQuads } from '../export/rdf-vocabulary.js';
import { ExportRepository } from '../repositories/export.repository.js';
import { dcatQuads } from './dcat.js';
import { SparqlEngine } from './sparql-engine.js';
import { queryForm, withPrefixes, type QueryForm } from './sparql-query.js';

export interface SparqlSettings {
  readonly timeoutMs: number;
  readonly maxResultBytes: number;
}

/** The whole graph at one version: the document, its RDF, and each export file once it was asked for. */
export interface Snapshot {
  readonly version: string;
  /** When the graph last changed through Strategiegraph (its newest history entry), or null when it never did. */
  readonly modified: string | null;
  /** When it was first written (its oldest history entry), or null. */
  readonly issued: string | null;
  readonly doc: GraphDocument;
  readonly quads: readonly Quad[];
  /** The whole graph in an export format, rendered on first request. */
  file(format: ExportFormat): Promise<readonly ExportFile[]>;
}

/** The answer formats the engine writes: result sets (SELECT, ASK) and graphs (CONSTRUCT, DESCRIBE); the first is the default. */
const SPARQL_RESULT_FORMATS = {
  bindings: ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'],
  graph: ['text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml'],
} as const;
const resultKind = (form: QueryForm): keyof typeof SPARQL_RESULT_FORMATS => (form === 'SELECT' || form === 'ASK' ? 'bindings' : 'graph');

/**
 * The linked-data face of the graph. Node documents are read from Neo4j; the SPARQL endpoint, the downloads and
 * the concept schemes use a snapshot of the whole graph, loaded into the SPARQL engine. Before every answer one
 * cheap statement reads the graph's version stamp (counts and the newest history entry — every mutation and
 * import appends to the history in its own transaction); a changed stamp rebuilds the snapshot first, so an
 * answer never lags behind a committed change, whichever process made it. (Time travel, a later issue, would key
 * snapshots by an `asOf` as well: a past state is one more snapshot.)
 */
export class LinkedData {
  readonly terms: Terms;
  private readonly engine = new SparqlEngine();
  private readonly repo: ExportRepository;
  private snapshot: (Snapshot & { readonly builtFrom: number }) | undefined;
  private rebuilding: { readonly startedAt: number; readonly done: Promise<void> } | undefined;

  constructor(
    private readonly executor: Executor,
    publicBaseUrl: string,
    private readonly settings: SparqlSettings,
  ) {
    this.terms = new Terms(publicBaseUrl);
    this.repo = new ExportRepository(executor);
  }

  /** The snapshot of the graph as it is now (after the last committed change). */
  async current(): Promise<Snapshot> {
    const asked = performance.now();
    const { key } = await this.repo.version();
    for (;;) {
      // A snapshot whose build began after this request read the stamp holds at least what the stamp names.
      if (this.snapshot && (this.snapshot.version === key || this.snapshot.builtFrom >= asked)) return this.snapshot;
      if (!this.rebuilding || this.rebuilding.startedAt < asked) this.rebuild();
      await this.rebuilding!.done;
    }
  }

  /** Starts a rebuild after the one under way (so snapshots are installed in the order they were read). */
  private rebuild(): void {
    // After the one under way, whether it succeeded or not (its own requests get its failure).
    const previous = (this.rebuilding?.done ?? Promise.resolve()).catch(() => {});
    const startedAt = performance.now();
    const done = previous.then(async () => {
      const version = await this.repo.version();
      const doc = await this.repo.document(null);
      const quads = toQuads(this.terms, { doc, whole: true });
      await this.engine.load(RDF_SERIALISATIONS.ntriples.write(this.terms, quads));
      const files = new Map<ExportFormat, Promise<readonly ExportFile[]>>();
      const executor = this.executor;
      const terms = this.terms;
      this.snapshot = {
        version: version.key,
        modified: version.lastChangeAt,
        issued: version.firstChangeAt,
        doc,
        quads,
        builtFrom: startedAt,
        file(format) {
          if (!files.has(format)) files.set(format, renderExport(format, doc, { executor, terms, whole: true }));
          return files.get(format)!;
        },
      };
    });
    const rebuilding = { startedAt, done };
    this.rebuilding = rebuilding;
    // A failed rebuild (Neo4j away) fails the requests waiting for it; the next request tries again.
    void done.catch(() => {}).finally(() => {
      if (this.rebuilding === rebuilding) this.rebuilding = undefined;
    });
  }

  /**
   * Runs a read-only SPARQL query on the current snapshot. `pick` chooses the answer's media type among those the
   * query's form allows (content negotiation), or returns undefined when none is acceptable.
   */
  async sparql(text: string, pick: (offers: readonly string[]) => string | undefined): Promise<{ mediaType: string; body: string }> {
    const form = queryForm(text);
    const offers = SPARQL_RESULT_FORMATS[resultKind(form)];
    const mediaType = pick(offers);
    if (mediaType === undefined) throw new DomainError('NOT_ACCEPTABLE', `A ${form} query answers in ${offers.join(', ')}.`, { offers });
    await this.current();
    const { query, clientMessage } = withPrefixes(text, this.terms.prefixes());
    try {
      const body = await this.engine.query(query, mediaType, { timeoutMs: this.settings.timeoutMs, maxBytes: this.settings.maxResultBytes });
      return { mediaType, body };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') throw new DomainError(error.code, clientMessage(error.message));
      throw error;
    }
  }

  /** A node's document (the node, its relationships with their sources, the other ends named); null if there is none. */
  async nodeDocument(id: string, format: RdfFormat): Promise<string | null> {
    const found = await this.repo.nodeDocument(id);
    if (!found) return null;
    return RDF_SERIALISATIONS[format].write(this.terms, toQuads(this.terms, { doc: found.doc, linked: found.linked, whole: false }));
  }

  /** A concept scheme: its labels and top concepts (from the current snapshot). Null for an unknown name. */
  async schemeDocument(name: string, format: RdfFormat): Promise<string | null> {
    if (!Object.hasOwn(SCHEMES, name)) return null;
    const iri = schemeIri(this.terms.base, name);
    const snapshot = await this.current();
    const quads = [...schemeDescription(this.terms, name as SchemeName), ...snapshot.quads.filter((q) => q.subject.value === iri)];
    return RDF_SERIALISATIONS[format].write(this.terms, sortedQuads(quads));
  }

  /** The DCAT-AP.de description of the data set, its distributions (the downloads) and services. */
  async catalogue(config: LinkedDataConfig['catalogue'], publicAccess: boolean, format: RdfFormat): Promise<string> {
    const { modified, issued } = await this.current();
    const downloadUrl = (f: ExportFormat) => `${this.terms.base}/downloads/${downloadName(f)}`;
    return RDF_SERIALISATIONS[format].write(this.terms, dcatQuads(this.terms, config, { modified, issued, publicAccess, downloadUrl }));
  }

  /** The project's vocabulary (OWL). */
  vocabulary(format: RdfFormat): string {
    return RDF_SERIALISATIONS[format].write(this.terms, vocabularyQuads(this.terms));
  }

  async close(): Promise<void> {
    await this.engine.close();
  }
}

