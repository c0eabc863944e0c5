import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ConflictError, QueryTimeoutError, ServiceUnavailableError } from '../domain/index.js';
import type { CypherCatalog } from './cypher-catalog.js';
import { toNative } from './values.js';

/** Per-request counters: how many statements went to Neo4j and how long they took there. */
export interface QueryStats {
  statements: number;
  dbMs: number;
}

export const newStats = (): QueryStats => ({ statements: 0, dbMs: 0 });

export interface ExecOptions {
  readonly stats?: QueryStats;
  /** Values for {{KIND}} / {{TYPE}} placeholders (checked against the model's allow-lists). */
  readonly vars?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
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
 * The one module that runs Cypher. It picks read or write transactions from the catalogue, names the
 * database (no routing-table round trip), sets timeout and metadata, converts values at the boundary,
 * counts round trips and turns driver errors into domain errors.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    readonly catalog: CypherCatalog,
    readonly settings: ExecutorSettings,
  ) {}

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
    const config = this.txConfig(name, options.timeoutMs);
    return this.measure(options.stats, async () => {
      if (entry.mode === 'read') {
        const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.run(text, params, config);
          return result.records.map((r) => toNative(r.toObject()) as Row);
        } finally {
          await session.close();
        }
      }
      const result = await this.driver.executeQuery(text, params, {
        database: this.settings.database,
        routing: neo4j.routing.WRITE,
        transactionConfig: config,
      });
      return result.records.map((r) => toNative(r.toObject()) as Row);
    });
  }

  /** Several statements in one transaction: all of them apply, or none does. */
  async transaction<R>(mode: 'read' | 'write', work: (tx: Tx) => Promise<R>, options: ExecOptions = {}): Promise<R> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const run = (t: ManagedTransaction): Tx => ({
      run: async <Row>(name: string, params: Record<string, unknown> = {}, vars?: Readonly<Record<string, string>>) => {
        if (mode === 'read' && this.catalog.get(name).mode !== 'read') {
          throw new Error(`${name} writes and cannot run in a read transaction`);
        }
        const text = this.catalog.render(name, vars);
        return this.measure(options.stats, async () => {
          const result = await t.run(text, params);
          return result.records.map((r) => toNative(r.toObject()) as Row);
        });
      },
    });
    try {
      const config = this.txConfig(`transaction:${mode}`, options.timeoutMs);
      return mode === 'read'
        ? await session.executeRead((t) => work(run(t)), config)
        : await session.executeWrite((t) => work(run(t)), config);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  private txConfig(name: string, timeoutMs = this.settings.timeoutMs) {
    return { timeout: timeoutMs, metadata: { app: 'strategiegraph', query: name } };
  }

  private async measure<T>(stats: QueryStats | undefined, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    if (stats) stats.statements += 1;
    try {
      return await work();
    } catch (error) {
      throw translateError(error);
    } finally {
      if (stats) stats.dbMs += performance.now() - started;
    }
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
    return new QueryTimeoutError('The query ran past the transaction timeout; Neo4j stopped it and rolled it back.');
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The change conflicts with existing data (a unique id is already taken).');
  }
  return error;
}
