import {
  LONGEST_WRITE_MS,
  DomainError,
  ValidationError,
  checkGraph,
  nodeToImportFormat,
  relationshipKey,
  relationshipToImportFormat,
  type Actor,
  type ChangeOperation,
  type ExistingNode,
  type NodeKind,
  type NodeRecord,
  type ParsedFile,
  type RelationshipRecord,
  type RelationshipType,
} from '../../domain/index.js';
import type { Executor, QueryStats } from '../neo4j/executor.js';
import { nodeFromProps, nodeToProps, relationshipFromProps, relationshipToProps, storedPeriod, type StoredProps } from '../neo4j/mapping.js';
import { expandPaths, readImportFile } from './read-files.js';

/**
 * A record's stored properties (with its content hash, a sha256), computed once per record of an import although
 * the change plan and the write batches both need them.
 */
function memoised<T extends object>(toProps: (record: T) => StoredProps): (record: T) => StoredProps {
  const cache = new WeakMap<T, StoredProps>();
  return (record) => {
    let props = cache.get(record);
    if (props === undefined) cache.set(record, (props = toProps(record)));
    return props;
  };
}
const nodeProps = memoised<NodeRecord>(nodeToProps);
const relationshipProps = memoised<RelationshipRecord>(relationshipToProps);

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  /** Nodes changed through the API since their last import, left alone because of keepEdits (--keep-edits). */
  kept: number;
}

/** A node the import replaces (or, with keepEdits, keeps) although it was changed through the API since it was last imported. */
export interface EditedNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** The node's last change: CREATE_NODE, UPDATE_NODE or RESTORE_NODE. */
  readonly operation: ChangeOperation;
  readonly at: string;
  /** True when the import left it alone (keepEdits); false when it replaces (or, in a dry run, would replace) it. */
  readonly kept: boolean;
}

export interface ImportSummary {
  readonly files: readonly string[];
  readonly dryRun: boolean;
  readonly nodes: Readonly<Record<string, Counts>>;
  readonly relationships: Readonly<Record<string, Counts>>;
  /** Nodes changed through the API since they were last imported, that the import replaces or keeps. */
  readonly edited: readonly EditedNode[];
}

export interface ImportOptions {
  readonly dryRun?: boolean;
  /** Leave nodes alone that were changed through the API since they were last imported (default: replace them, and say so). */
  readonly keepEdits?: boolean;
  /** Rows per UNWIND statement. */
  readonly batchSize?: number;
  /** The whole import is one transaction; big imports need more than the request timeout. */
  readonly timeoutMs?: number;
  /** Shown in messages instead of absolute paths. */
  readonly displayRoot?: string;
  /** Called inside the write transaction after each batch (progress output; fault injection in tests). */
  readonly afterBatch?: (done: number, total: number) => void | Promise<void>;
  /** Called inside the write transaction once the nodes are locked and read, before anything is written (tests). */
  readonly afterLock?: () => void | Promise<void>;
  /** Who imports, for the history (default: the command-line user). */
  readonly actor?: Actor;
}

export const CLI_ACTOR: Actor = { kind: 'cli', subject: process.env.USER ?? 'cli', role: 'admin' };

type Change = 'created' | 'updated' | 'unchanged' | 'kept';
/** How a record changes, and what it was before (JSON, for the history) when it is updated. */
interface Plan {
  readonly change: Change;
  readonly before: string | null;
}

/** Runs one catalogue statement: outside a transaction (dry run) or inside the import's write transaction. */
type Read = <Row>(name: string, params: Record<string, unknown>) => Promise<Row[]>;

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

function tally<T>(items: readonly T[], group: (t: T) => string, change: (t: T) => Change): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const item of items) {
    const counts = (out[group(item)] ??= { created: 0, updated: 0, unchanged: 0, kept: 0 });
    counts[change(item)] += 1;
  }
  return out;
}

/**
 * Validates every file, then the files together against the database, and only then writes, all in
 * one transaction: an import either applies completely or leaves the graph as it was. Unchanged
 * records are not written again, so running an import twice changes nothing. Inside the transaction it
 * first locks every node it touches and only then reads what they hold, so that its history entries
 * continue the chain of the API's edits, and no edit saved meanwhile is overwritten unseen.
 */
export class Importer {
  /** `stats`: the request's counters and causal chain, when an import runs on behalf of an API request. */
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
  ) {}

  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
    const files = expandPaths(paths);
    const parsed = files.map((f) => readImportFile(f, options.displayRoot));
    return this.importParsed(parsed, files, options);
  }

  async importParsed(parsed: readonly ParsedFile[], files: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
    const batchSize = options.batchSize ?? 5_000;
    const problems = parsed.flatMap((p) => p.problems);
    const nodes = parsed.flatMap((p) => p.nodes.map((n) => n.record));
    const relationships = parsed.flatMap((p) => p.relationships.map((r) => r.record));

    const referenced = [...new Set([...nodes.map((n) => n.id), ...relationships.flatMap((r) => [r.from, r.to])])];
    const existing = new Map<string, ExistingNode>();
    for (const ids of chunk(referenced, 50_000)) {
      const rows = await this.executor.query<{ id: string; kind: NodeKind; validFrom: string | null; validTo: string | null }>('read/node-kinds', { ids }, { stats: this.stats });
      for (const row of rows) existing.set(row.id, { kind: row.kind, ...storedPeriod(row) });
    }
    problems.push(...checkGraph(parsed, (id) => existing.get(id)));
    if (problems.length > 0) throw new ValidationError(problems);

    const dryRun = options.dryRun ?? false;
    const plan = (read: Read) => this.plan(read, nodes, relationships, existing, batchSize, options.keepEdits ?? false);
    if (dryRun) {
      const planned = await plan((name, params) => this.executor.query(name, params, { stats: this.stats }));
      return { files, dryRun, ...planned.summary };
    }
    const memoryLimit = await this.memoryLimit();
    return this.executor.transaction(
      'write',
      async (tx) => {
        const read: Read = (name, params) => tx.run(name, params);
        // Locks in a stable order (fewer deadlocks with concurrent imports), before anything is read.
        for (const ids of chunk(referenced.filter((id) => existing.has(id)).sort(), batchSize * 4)) {
          await tx.run('write/nodes-lock', { ids });
        }
        const planned = await plan(read);
        await options.afterLock?.();
        const { nodeChanges, relChanges } = planned;
        const toWrite = nodes.filter((n) => isWritten(nodeChanges.get(n.id)!.change));
        const relsToWrite = relationships.filter((r) => isWritten(relChanges.get(relationshipKey(r))!.change));
        const history = [
          ...toWrite.map((n) => ({ operation: 'IMPORT_NODE', targetId: n.id, otherId: null, before: nodeChanges.get(n.id)!.before, after: JSON.stringify(nodeToImportFormat(n)) })),
          ...relsToWrite.map((r) => ({
            operation: 'IMPORT_RELATIONSHIP',
            targetId: r.from,
            otherId: r.to,
            before: relChanges.get(relationshipKey(r))!.before,
            after: JSON.stringify(relationshipToImportFormat(r)),
          })),
        ];
        // Too big for the database's transaction memory: refused before anything is written (the locks go with the rollback).
        const needed = transactionBytes(toWrite, relsToWrite, history);
        if (memoryLimit !== undefined && needed > memoryLimit.bytes) throw tooBig(needed, memoryLimit);
        const batches = [...batchesOf(toWrite, relsToWrite, batchSize), ...historyBatches(history, batchSize, options.actor ?? CLI_ACTOR)];
        for (const [i, batch] of batches.entries()) {
          const result = await tx.run<{ written: number }>(batch.statement, batch.params, batch.vars);
          const written = result[0]?.written ?? 0;
          // A row that matched nothing (an endpoint deleted since validation) must not vanish silently.
          if (written !== batch.size) {
            throw new Error(`${batch.statement} wrote ${written} of ${batch.size} rows; the import was rolled back`);
          }
          await options.afterBatch?.(i + 1, batches.length);
        }
        return { files, dryRun, ...planned.summary };
      },
      { timeoutMs: options.timeoutMs ?? LONGEST_WRITE_MS, stats: this.stats, retry: false },
    ).catch((error: unknown) => {
      // Should the estimate fall short, Neo4j's own refusal gets the same advice (and is not retried).
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && /OutOfMemory|MemoryLimit/.test(code)) throw tooBig(undefined, memoryLimit, (error as Error).message);
      throw error;
    });
  }

  /** The smallest of the database's transaction memory limits, or undefined when there is none (or it cannot be read). */
  private async memoryLimit(): Promise<MemoryLimit | undefined> {
    let rows: { name: string; value: string | null }[];
    try {
      rows = await this.executor.query('read/transaction-memory-limits', {}, { stats: this.stats });
    } catch {
      return undefined; // a user without the privilege to see settings: Neo4j's own limit still applies
    }
    const limits = rows.flatMap((r) => {
      const bytes = parseBytes(r.value);
      return bytes ? [{ setting: r.name, bytes }] : [];
    });
    return limits.sort((a, b) => a.bytes - b.bytes)[0];
  }

  /** What the import does to each record, from what the database holds now (inside the transaction: after the locks). */
  private async plan(
    read: Read,
    nodes: readonly NodeRecord[],
    relationships: readonly RelationshipRecord[],
    existing: ReadonlyMap<string, ExistingNode>,
    batchSize: number,
    keepEdits: boolean,
  ) {
    const nodeChanges = await this.nodeChanges(read, nodes, existing, batchSize);
    const updated = nodes.filter((n) => nodeChanges.get(n.id)!.change === 'updated');
    const edited: EditedNode[] = [];
    for (const part of chunk(updated, batchSize * 4)) {
      const rows = await read<{ id: string; operation: ChangeOperation; at: string }>('read/node-last-edits', { ids: part.map((n) => n.id) });
      for (const row of rows) {
        edited.push({ id: row.id, kind: existing.get(row.id)!.kind, operation: row.operation, at: row.at, kept: keepEdits });
        if (keepEdits) nodeChanges.set(row.id, { change: 'kept', before: null });
      }
    }
    const relChanges = await this.relationshipChanges(read, relationships, existing, batchSize);
    const summary = {
      nodes: tally(nodes, (n) => n.kind, (n) => nodeChanges.get(n.id)!.change),
      relationships: tally(relationships, (r) => r.type, (r) => relChanges.get(relationshipKey(r))!.change),
      edited: edited.sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
    return { nodeChanges, relChanges, summary };
  }

  private async nodeChanges(read: Read, nodes: readonly NodeRecord[], existing: ReadonlyMap<string, ExistingNode>, batchSize: number) {
    const stored = new Map<string, { hash: string; before: string | null }>();
    const known = nodes.filter((n) => existing.has(n.id));
    for (const part of chunk(known, batchSize * 4)) {
      const hashes = Object.fromEntries(part.map((n) => [n.id, nodeProps(n).contentHash]));
      const rows = await read<{ id: string; hash: string | null; props: Record<string, unknown> | null }>('read/node-hashes', {
        ids: part.map((n) => n.id),
        hashes,
      });
      for (const row of rows) {
        stored.set(row.id, { hash: row.hash ?? '', before: row.props ? JSON.stringify(nodeToImportFormat(nodeFromProps(row.props))) : null });
      }
    }
    return new Map<string, Plan>(
      nodes.map((n) => {
        const was = stored.get(n.id);
        const change: Change = was === undefined ? 'created' : was.hash === nodeProps(n).contentHash ? 'unchanged' : 'updated';
        return [n.id, { change, before: was?.before ?? null }];
      }),
    );
  }

  private async relationshipChanges(
    read: Read,
    relationships: readonly RelationshipRecord[],
    existing: ReadonlyMap<string, ExistingNode>,
    batchSize: number,
  ) {
    // Only relationships between two nodes that already exist can exist already.
    const stored = new Map<string, { hash: string; before: string | null }>();
    const candidates = relationships.filter((r) => existing.has(r.from) && existing.has(r.to));
    for (const part of chunk(candidates, batchSize * 4)) {
      const rels = part.map((r) => ({ from: r.from, type: r.type, to: r.to, hash: relationshipProps(r).contentHash }));
      const rows = await read<{ from: string; type: RelationshipType; to: string; hash: string | null; props: Record<string, unknown> | null }>(
        'read/relationship-hashes',
        { rels },
      );
      for (const row of rows) {
        const before = row.props ? JSON.stringify(relationshipToImportFormat(relationshipFromProps(row.from, row.type, row.to, row.props))) : null;
        stored.set(relationshipKey(row), { hash: row.hash ?? '', before });
      }
    }
    return new Map<string, Plan>(
      relationships.map((r) => {
        const key = relationshipKey(r);
        const was = stored.get(key);
        const change: Change = was === undefined ? 'created' : was.hash === relationshipProps(r).contentHash ? 'unchanged' : 'updated';
        return [key, { change, before: was?.before ?? null }];
      }),
    );
  }
}

interface MemoryLimit {
  readonly setting: string;
  readonly bytes: number;
}

/**
 * What Neo4j holds in memory for an import's transaction until it commits, per character of the records and history
 * entries it writes, and per record: measured with bench/import-scale.ts (README, Security) and rounded up.
 */
export const TRANSACTION_MEMORY = { bytesPerChar: 8, bytesPerRecord: 4_000 } as const;

function transactionBytes(nodes: readonly NodeRecord[], rels: readonly RelationshipRecord[], history: readonly { before: string | null; after: string }[]): number {
  let chars = 0;
  for (const n of nodes) chars += JSON.stringify(nodeProps(n)).length;
  for (const r of rels) chars += JSON.stringify(relationshipProps(r)).length;
  for (const h of history) chars += h.after.length + (h.before?.length ?? 0);
  return chars * TRANSACTION_MEMORY.bytesPerChar + (nodes.length + rels.length + history.length) * TRANSACTION_MEMORY.bytesPerRecord;
}

const UNITS: Readonly<Record<string, number>> = { B: 1, KIB: 2 ** 10, MIB: 2 ** 20, GIB: 2 ** 30, TIB: 2 ** 40, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 };

/** '716.80MiB' → bytes; 0, null and anything unreadable → undefined (no limit). */
export function parseBytes(value: string | null): number | undefined {
  const match = /^\s*([\d.]+)\s*([a-z]*)\s*$/i.exec(value ?? '');
  const bytes = match ? Number(match[1]) * (UNITS[(match[2] || 'B').toUpperCase()] ?? NaN) : NaN;
  return Number.isFinite(bytes) && bytes > 0 ? Math.floor(bytes) : undefined;
}

const mb = (bytes: number) => `${Math.ceil(bytes / 2 ** 20).toLocaleString('en')} MB`;

/** The import does not fit the database's transaction memory: which setting to raise. */
function tooBig(needed: number | undefined, limit: MemoryLimit | undefined, detail?: string): DomainError {
  const allowed = limit ? `${mb(limit.bytes)} (${limit.setting})` : 'its transaction memory';
  return new DomainError(
    'BAD_USER_INPUT',
    `${needed === undefined ? 'This import needs more' : `This import needs about ${mb(needed)}`} of Neo4j transaction memory than the database allows: ${allowed}. ` +
      'Nothing was written. Raise NEO4J_HEAP_MB for the local launcher (the transaction memory is 70 % of the heap), or ' +
      `${limit?.setting ?? 'dbms.memory.transaction.total.max'} and the heap of your Neo4j server, or import the data in smaller parts.` +
      (detail ? ` (Neo4j: ${detail.split('\n')[0]})` : ''),
    { limit: 'transactionMemory', setting: limit?.setting ?? 'dbms.memory.transaction.total.max', neededBytes: needed ?? null, allowedBytes: limit?.bytes ?? null },
  );
}

const isWritten = (change: Change): boolean => change === 'created' || change === 'updated';

interface Batch {
  readonly statement: string;
  readonly params: Record<string, unknown>;
  readonly size: number;
  readonly vars?: Readonly<Record<string, string>>;
}

/** The import's entries for the history, appended in the same transaction. */
function* historyBatches(changes: readonly Record<string, unknown>[], size: number, actor: Actor): Generator<Batch> {
  for (const part of chunk(changes, size)) {
    yield { statement: 'write/history/append-changes', params: { changes: part, actor, requestId: null }, size: part.length };
  }
}

/** Nodes first, then relationships grouped by type, in batches of `size` rows. */
function* batchesOf(nodes: readonly NodeRecord[], rels: readonly RelationshipRecord[], size: number): Generator<Batch> {
  for (const part of chunk(nodes, size)) {
    yield { statement: 'write/upsert-nodes', params: { rows: part.map((n) => ({ props: nodeProps(n) })) }, size: part.length };
  }
  const byType = new Map<RelationshipType, RelationshipRecord[]>();
  for (const r of rels) {
    const group = byType.get(r.type);
    if (group) group.push(r);
    else byType.set(r.type, [r]);
  }
  for (const [type, group] of byType) {
    for (const part of chunk(group, size)) {
      yield {
        statement: 'write/upsert-relationships',
        vars: { TYPE: type },
        params: { rows: part.map((r) => ({ from: r.from, to: r.to, props: relationshipProps(r) })) },
        size: part.length,
      };
    }
  }
}
