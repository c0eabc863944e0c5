import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';
import { ConflictError, DomainError, QueryTimeoutError, ServiceUnavailableError } from '../../domain/index.js';
import type { Causality } from './causality.js';
import type { CypherCatalog, QueryMode } from './cypher-catalog.js';
import { poolStats, type PoolStats } from './driver.js';
import { toNative } from './values.js';

/**
 * Per request: how many statements went to Neo4j and how long they took there, and (for API requests) the
 * request's causal chain, which makes its reads wait for the client's bookmarks and collects those of its writes.
 */
export interface QueryStats {
  statements: number;
  dbMs: number;
  readonly causality?: Causality;
  /**
   * When the request's time is up (Date.now() ms): each statement's transaction timeout is what is left of it, and
   * none starts after it. Without one, each statement gets the configured timeout.
   */
  readonly deadline?: number;
  /**
   * The date the request reads the graph at (valid time, YYYY-MM-DD; see src/domain/valid-time.ts): every statement
   * that tests {{VALID …}} gets it as $validAt. Set once per request before its first statement (the AsOf plugin);
   * today (in Germany) when unset; null for every fact whatever its period (the answer of a mutation shows what it
   * wrote, also a relationship to a node that does not hold today).
   */
  validAt?: string | null;
  /**
   * The past instant (ISO) the request reads the record at (recorded time: the graph as the history had it then;
   * src/graph/repositories/record.repository.ts), set by the AsOf plugin; unset: the current graph.
   */
  recordedAt?: string;
}

/** Formats an instant as its day in Germany, YYYY-MM-DD (built once: an Intl.DateTimeFormat costs far more to make than to use). */
const GERMAN_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' });
/** Today's date in Germany (YYYY-MM-DD): what a statement reads the graph at unless the request says otherwise. */
export const todayInGermany = (): string => GERMAN_DAY.format(new Date());

/** The parameters of a statement, with $validAt when its text tests valid time and the caller did not give one. */
function withValidAt(text: string, params: Record<string, unknown>, stats: QueryStats | undefined): Record<string, unknown> {
  if (params.validAt !== undefined || !text.includes('$validAt')) return params;
  return { ...params, validAt: stats?.validAt === undefined ? todayInGermany() : stats.validAt };
}

export const newStats = (causality?: Causality, deadline?: number): QueryStats => ({ statements: 0, dbMs: 0, causality, deadline });

const TIMED_OUT_MESSAGE = 'The query ran past the transaction timeout; Neo4j stopped it and rolled it back.';

/** One statement as an observer sees it: its catalogue name (never its parameters), mode and database. */
export interface StatementInfo {
  readonly name: string;
  readonly mode: QueryMode;
  readonly database: string;
}

/**
 * The instrumentation seam (metrics, traces): told when each statement starts; the function it returns is
 * called when the statement has ended, with its error if it failed. Observers must not throw.
 */
export interface StatementObserver {
  statementStarted(statement: StatementInfo): (error?: unknown) => void;
}

export interface ExecOptions {
  readonly stats?: QueryStats;
  /** Values for {{KIND}} / {{TYPE}} placeholders (checked against the model's allow-lists). */
  readonly vars?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

export interface StreamOptions extends ExecOptions {
  /** How many rows the driver pulls from Neo4j per batch (Bolt PULL n; default 1000, the driver's own). */
  readonly fetchSize?: number;
  /** Aborting it stops the statement: the rest of its rows are discarded on the server and stream() rejects. */
  readonly signal?: AbortSignal;
}

export interface TransactionOptions extends ExecOptions {
  /**
   * Whether the driver may run the work again after a transient error (default true). Imports say no: running a whole
   * import again after Neo4j refused it for memory would only fail again, twice as slowly.
   */
  readonly retry?: boolean;
}

/** A transaction as callers see it: statements by catalogue name, results as plain rows. */
export interface Tx {
  run<Row>(name: string, params?: Record<string, unknown>, vars?: Readonly<Record<string, string>>): Promise<Row[]>;
}

export interface ExecutorSettings {
  readonly database: string;
  readonly timeoutMs: number;
}

/**
 * Runs `start` (a call that makes a driver Result) without the stack trace the driver captures for every result to
 * decorate its own errors later: formatting that stack was about 0.2 ms of the server's CPU per statement in a
 * CPU profile under load (2,000 searches), and this executor translates the driver's errors into its own
 * (translateError) anyway. Only the synchronous call is covered; the limit is back before anything else runs.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The one module that runs Cypher. It picks read or write transactions from the catalogue, names the
 * database (no routing-table round trip), sets timeout and metadata, converts values at the boundary,
 * counts round trips and turns driver errors into domain errors.
 */
export class Executor {
  private observers: readonly StatementObserver[] = [];

  constructor(
    private readonly driver: Driver,
    readonly catalog: CypherCatalog,
    readonly settings: ExecutorSettings,
  ) {}

  /** Adds an observer of every statement; returns the function that removes it again. */
  observe(observer: StatementObserver): () => void {
    this.observers = [...this.observers, observer];
    return () => {
      this.observers = this.observers.filter((o) => o !== observer);
    };
  }

  /** The driver's connection pool: connections in use and idle (undefined if the driver does not tell). */
  poolStats(): PoolStats | undefined {
    return poolStats(this.driver);
  }

  /**
   * One statement in its own transaction. Reads run as auto-commit transactions: RUN and PULL in one Bolt round
   * trip, where a managed transaction (executeQuery) needs a second one for COMMIT; measured by bench/ at about a
   * third less latency per statement on the 2-core machine. They are not retried (a read on one instance has no
   * transient failures worth a retry loop). Writes keep executeQuery's managed, retried transaction.
   */
  async query<Row>(name: string, params: Record<string, unknown> = {}, options: ExecOptions = {}): Promise<Row[]> {
    return this.queryText<Row>(name, this.catalog.render(name, options.vars), params, options);
  }

  /**
   * One statement of the catalogue whose text the catalogue composed beforehand (e.g. renderTree); runs
   * like query(), in the mode of the catalogue entry `name`.
   */
  async queryText<Row>(name: string, text: string, params: Record<string, unknown> = {}, options: ExecOptions = {}): Promise<Row[]> {
    const entry = this.catalog.get(name);
    const config = this.txConfig(name, this.timeoutOf(options));
    const causality = options.stats?.causality;
    return this.measure(options.stats, name, entry.mode, async () => {
      if (entry.mode === 'read') {
        const session = this.driver.session(this.sessionConfig('read', options.stats));
        try {
          const result = await withoutStackCapture(() => session.run(text, withValidAt(text, params, options.stats), config));
          return result.records.map((r) => toNative(r.toObject()) as Row);
        } finally {
          await session.close();
        }
      }
      const result = await this.driver.executeQuery(text, withValidAt(text, params, options.stats), {
        database: this.settings.database,
        routing: neo4j.routing.WRITE,
        transactionConfig: config,
        // Without a request's chain, executeQuery's own bookmark manager keeps this process's writes in order.
        ...(causality ? { bookmarkManager: causality.manager } : {}),
      });
      causality?.wrote();
      return result.records.map((r) => toNative(r.toObject()) as Row);
    });
  }

  /**
   * One read statement whose rows are handed to `each` one by one as the driver pulls them (fetchSize rows per
   * Bolt PULL), in an auto-commit read transaction like query()'s: the rows are never collected here, and the next
   * batch is pulled only when `each` has taken the rows before it (a promise it returns is awaited), so a slow
   * consumer holds the statement back instead of filling memory. Aborting `options.signal` (or `each` throwing)
   * stops the statement in Neo4j; stream() then rejects (an abort with the signal's reason). Counted
   * and observed as one statement. Resolves with the number of rows handed over.
   */
  async stream<Row>(name: string, params: Record<string, unknown>, each: (row: Row) => unknown, options: StreamOptions = {}): Promise<number> {
    const entry = this.catalog.get(name);
    if (entry.mode !== 'read') throw new Error(`${name} writes; only reads are streamed`);
    const text = this.catalog.render(name, options.vars);
    const config = this.txConfig(name, this.timeoutOf(options));
    const { signal } = options;
    return this.measure(options.stats, name, entry.mode, async () => {
      signal?.throwIfAborted();
      const session = this.driver.session({ ...this.sessionConfig('read', options.stats), fetchSize: options.fetchSize ?? 1000 });
      // Closing the session cancels the result: the rest of the rows are discarded, and a statement still running is
      // stopped (the connection is RESET). So a stop, even while a pull is under way, ends in `finally` below.
      try {
        const rows = withoutStackCapture(() => session.run(text, withValidAt(text, params, options.stats), config))[Symbol.asyncIterator]();
        let count = 0;
        for (;;) {
          const next = await untilAborted(rows.next(), signal);
          if (next.done) return count;
          await each(toNative(next.value.toObject()) as Row);
          count += 1;
        }
      } finally {
        await session.close();
      }
    });
  }

  /** Several statements in one transaction: all of them apply, or none does. */
  async transaction<R>(mode: 'read' | 'write', work: (tx: Tx) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
    const session = this.driver.session(this.sessionConfig(mode, options.stats));
    const run = (t: Pick<ManagedTransaction, 'run'>): Tx => ({
      run: async <Row>(name: string, params: Record<string, unknown> = {}, vars?: Readonly<Record<string, string>>) => {
        if (mode === 'read' && this.catalog.get(name).mode !== 'read') {
          throw new Error(`${name} writes and cannot run in a read transaction`);
        }
        const text = this.catalog.render(name, vars);
        return this.measure(options.stats, name, mode, async () => {
          const result = await withoutStackCapture(() => t.run(text, withValidAt(text, params, options.stats)));
          return result.records.map((r) => toNative(r.toObject()) as Row);
        });
      },
    });
    try {
      const config = this.txConfig(`transaction:${mode}`, this.timeoutOf(options));
      if (mode === 'read') return await session.executeRead((t) => work(run(t)), config);
      const result = options.retry === false ? await once(session, (t) => work(run(t)), config) : await session.executeWrite((t) => work(run(t)), config);
      options.stats?.causality?.wrote();
      return result;
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** The statement's timeout: the configured one, or what is left of the request's time (none left: QUERY_TIMEOUT). */
  private timeoutOf(options: ExecOptions): number {
    const timeout = options.timeoutMs ?? this.settings.timeoutMs;
    const deadline = options.stats?.deadline;
    if (deadline === undefined) return timeout;
    const left = Math.floor(deadline - Date.now());
    if (left <= 0) throw new QueryTimeoutError('The request ran past its time; no further statement was started.');
    return Math.min(timeout, left);
  }

  private txConfig(name: string, timeoutMs = this.settings.timeoutMs) {
    return { timeout: timeoutMs, metadata: { app: 'strategiegraph', query: name } };
  }

  /** A session in the mode, on the named database; in a request's causal chain when it has one. */
  private sessionConfig(mode: 'read' | 'write', stats: QueryStats | undefined): SessionConfig {
    const bookmarkManager = mode === 'read' ? stats?.causality?.forReads : stats?.causality?.manager;
    return {
      database: this.settings.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(bookmarkManager ? { bookmarkManager } : {}),
    };
  }

  private async measure<T>(stats: QueryStats | undefined, name: string, mode: QueryMode, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    if (stats) stats.statements += 1;
    const ended = this.observers.map((o) => o.statementStarted({ name, mode, database: this.settings.database }));
    let failure: unknown;
    try {
      return await work();
    } catch (error) {
      failure = translateError(error);
      throw failure;
    } finally {
      if (stats) stats.dbMs += performance.now() - started;
      for (const end of ended) end(failure);
    }
  }
}

/**
 * The promise's outcome, or the signal's reason as soon as it is aborted (the promise is then left to settle on its
 * own). The listener goes with each call: a Promise.race against one long-lived "aborted" promise would keep every
 * value it was raced with (each row of a stream) reachable until the signal fires.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  promise.catch(() => {});
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', stop), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', stop), reject(error)),
    );
  });
}

/** A write transaction that runs its work once: committed when the work succeeds, rolled back when it throws. */
async function once<R>(session: Session, work: (t: Pick<ManagedTransaction, 'run'>) => Promise<R>, config: Parameters<Session['beginTransaction']>[0]): Promise<R> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw error;
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = ['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.LockClientStopped', 'Neo.TransientError.Transaction.LockClientStopped'];

/** Driver errors with a meaning for users become domain errors; everything else stays as it is (and is masked). */
export function translateError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code) || /acquisition timed out|Failed to connect/i.test(error.message)) {
    return new ServiceUnavailableError('The graph database is not reachable; try again shortly.');
  }
  // Timed out while running, or while waiting for a lock (Neo4j then stops the lock client).
  if (TIMED_OUT.some((code) => error.code.startsWith(code))) {
    return new QueryTimeoutError(TIMED_OUT_MESSAGE);
  }
  if (error.code === 'Neo.ClientError.Transaction.InvalidBookmark' || error.code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return new DomainError('BAD_USER_INPUT', 'The bookmark sent with the request is not one this database gave out.', { field: 'bookmark' });
  }
  // A replica that has not caught up with the client's bookmark within Neo4j's wait time.
  if (error.code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
    return new ServiceUnavailableError('The database has not yet caught up with the bookmark of your last write; try again shortly.');
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The change conflicts with existing data (a unique id is already taken).');
  }
  return error;
}
