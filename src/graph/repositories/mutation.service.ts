import {
  ConflictError,
  NotFoundError,
  ValidationError,
  connectionProblem,
  nodeToImportFormat,
  parseDocument,
  relationshipKey,
  relationshipPeriodProblem,
  relationshipToImportFormat,
  type Actor,
  type ChangeOperation,
  type NodeKind,
  type NodeRecord,
  type Problem,
  type RelationshipRecord,
  type RelationshipType,
} from '../../domain/index.js';
import type { Executor, QueryStats, Tx } from '../neo4j/executor.js';
import { nodeFromProps, nodeToProps, relationshipFromProps, relationshipToProps, storedPeriod, type StoredNode } from '../neo4j/mapping.js';

type Props = Record<string, unknown>;

interface ChangeRow {
  operation: ChangeOperation;
  targetId: string;
  otherId: string | null;
  before: string | null;
  after: string | null;
}

const json = (value: unknown): string => JSON.stringify(value);

/** Validates one record with the import's own rules; problems name the field. */
function validated<T>(raw: Props, what: 'nodes' | 'relationships', source: string): T {
  const parsed = parseDocument({ [what]: [raw] }, source);
  if (parsed.problems.length > 0) throw new ValidationError(parsed.problems.map((p) => ({ ...p, file: undefined })));
  const record = what === 'nodes' ? parsed.nodes[0]?.record : parsed.relationships[0]?.record;
  if (!record) throw new ValidationError([{ entity: what, field: '(input)', message: 'could not be read' }]);
  return record as T;
}

/**
 * Changes to the graph from the API. Each runs in one write transaction that also appends its Change
 * to the history, so a change and its record exist together or not at all. Input is checked with the
 * same validation as the import; a stale expectedVersion is a CONFLICT, never a silent overwrite.
 */
export class MutationService {
  constructor(
    private readonly executor: Executor,
    private readonly actor: Actor,
    private readonly requestId?: string,
    private readonly stats?: QueryStats,
  ) {}

  private write<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.executor.transaction('write', work, { stats: this.stats });
  }

  private async record(tx: Tx, changes: ChangeRow[]): Promise<void> {
    await tx.run('write/history/append-changes', { changes, actor: this.actor, requestId: this.requestId ?? null });
  }

  private async lock(tx: Tx, id: string): Promise<StoredNode> {
    const [row] = await tx.run<{ node: Props }>('write/node-lock', { id });
    if (!row) throw new NotFoundError(`No node with id '${id}'.`, { id });
    return nodeFromProps(row.node);
  }

  private static checkVersion(node: StoredNode, expectedVersion: number): void {
    if (node.version !== expectedVersion) {
      throw new ConflictError(
        `${node.id} has changed since you read it (version ${node.version}, you expected ${expectedVersion}); read it again and reapply your change.`,
        { id: node.id, currentVersion: node.version, expectedVersion },
      );
    }
  }

  async createNode(input: Props): Promise<StoredNode> {
    const record = validated<NodeRecord>(input, 'nodes', 'createNode');
    return this.write(async (tx) => {
      const existing = await tx.run<{ id: string }>('read/node-kinds', { ids: [record.id] });
      if (existing.length > 0) throw new ConflictError(`A node with id '${record.id}' exists already.`, { id: record.id });
      const [row] = await tx.run<{ node: Props }>('write/node-create', { props: nodeToProps(record), version: 1 });
      await this.record(tx, [{ operation: 'CREATE_NODE', targetId: record.id, otherId: null, before: null, after: json(nodeToImportFormat(record)) }]);
      return nodeFromProps(row!.node);
    });
  }

  /** Applies `patch` (fields given replace those stored; a null field value removes it). */
  async updateNode(id: string, expectedVersion: number, patch: Props): Promise<StoredNode> {
    return this.write(async (tx) => {
      const current = await this.lock(tx, id);
      MutationService.checkVersion(current, expectedVersion);
      const before = nodeToImportFormat(current);
      const { fields, ...rest } = patch as { fields?: Props | null } & Props;
      const merged: Props = { ...before, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
      for (const [k, v] of Object.entries(fields ?? {})) {
        if (v === null) delete merged[k];
        else merged[k] = v;
      }
      for (const k of Object.keys(merged)) if (merged[k] === null) delete merged[k];
      if (merged.id !== id || merged.kind !== current.kind) {
        throw new ValidationError([{ entity: `node ${id}`, field: merged.id !== id ? 'id' : 'kind', message: 'cannot be changed' }]);
      }
      const record = validated<NodeRecord>(merged, 'nodes', 'updateNode');
      const [row] = await tx.run<{ node: Props }>('write/node-replace', { id, expectedVersion, props: nodeToProps(record) });
      await this.record(tx, [{ operation: 'UPDATE_NODE', targetId: id, otherId: null, before: json(before), after: json(nodeToImportFormat(record)) }]);
      return nodeFromProps(row!.node);
    });
  }

  /** Deletes a node and its relationships; the history keeps both, so an admin can restore them. */
  async deleteNode(id: string, expectedVersion: number): Promise<{ id: string; version: number }> {
    return this.write(async (tx) => {
      const current = await this.lock(tx, id);
      MutationService.checkVersion(current, expectedVersion);
      const rels = await tx.run<{ from: string; type: RelationshipType; to: string; props: Props }>('read/node-relationships-all', { id });
      const before = {
        node: nodeToImportFormat(current),
        version: current.version,
        relationships: rels.map((r) => relationshipToImportFormat(relationshipFromProps(r.from, r.type, r.to, r.props))),
      };
      await tx.run('write/node-delete', { id, expectedVersion });
      await this.record(tx, [{ operation: 'DELETE_NODE', targetId: id, otherId: null, before: json(before), after: null }]);
      return { id, version: current.version };
    });
  }

  /** Brings back a deleted node with those of its relationships whose other end still exists. */
  async restoreNode(id: string): Promise<{ node: StoredNode; skipped: string[] }> {
    return this.write(async (tx) => {
      const exists = await tx.run<{ id: string }>('read/node-kinds', { ids: [id] });
      if (exists.length > 0) throw new ConflictError(`${id} exists; only a deleted node can be restored.`, { id });
      const [deletion] = await tx.run<{ before: string }>('read/history-last-deletion', { id });
      if (!deletion) throw new NotFoundError(`The history has no deletion of '${id}'.`, { id });
      const saved = JSON.parse(deletion.before) as { node: Props; version: number; relationships: Props[] };
      const record = validated<NodeRecord>(saved.node, 'nodes', 'restoreNode');
      const [row] = await tx.run<{ node: Props }>('write/node-create', { props: nodeToProps(record), version: saved.version + 1 });
      const skipped: string[] = [];
      const restored: RelationshipRecord[] = [];
      for (const raw of saved.relationships) {
        const rel = validated<RelationshipRecord>(raw, 'relationships', 'restoreNode');
        const otherId = rel.from === id ? rel.to : rel.from;
        if ((await tx.run('read/node-kinds', { ids: [otherId] })).length === 0) {
          skipped.push(relationshipKey(rel));
          continue;
        }
        await tx.run('write/relationship-create', { from: rel.from, to: rel.to, props: relationshipToProps(rel) }, { TYPE: rel.type });
        restored.push(rel);
      }
      await this.record(tx, [
        { operation: 'RESTORE_NODE', targetId: id, otherId: null, before: null, after: json({ node: nodeToImportFormat(record), relationships: restored.map(relationshipToImportFormat), skipped }) },
      ]);
      return { node: nodeFromProps(row!.node), skipped };
    });
  }

  async createRelationship(input: Props): Promise<RelationshipRecord> {
    const rel = validated<RelationshipRecord>(input, 'relationships', 'createRelationship');
    return this.write(async (tx) => {
      const ends = new Map(
        (await tx.run<{ id: string; kind: NodeKind; validFrom: string | null; validTo: string | null }>('read/node-kinds', { ids: [rel.from, rel.to] })).map(
          (r) => [r.id, r],
        ),
      );
      const kinds = new Map([...ends].map(([id, r]) => [id, r.kind]));
      const problems: Problem[] = [];
      const entity = `relationship ${relationshipKey(rel)}`;
      for (const end of ['from', 'to'] as const) {
        if (!kinds.has(rel[end])) problems.push({ entity, field: end, message: `no node '${rel[end]}'` });
      }
      const [fromKind, toKind] = [kinds.get(rel.from), kinds.get(rel.to)];
      const refused = fromKind && toKind ? connectionProblem(rel, fromKind, toKind) : undefined;
      if (refused) problems.push({ entity, ...refused });
      const periods = [...ends.values()].map((r) => ({ id: r.id, period: storedPeriod(r) }));
      const outside = relationshipPeriodProblem(rel, periods);
      if (outside) problems.push({ entity, ...outside });
      if (problems.length > 0) throw new ValidationError(problems);
      const [row] = await tx.run<{ created: boolean }>('write/relationship-create', { from: rel.from, to: rel.to, props: relationshipToProps(rel) }, { TYPE: rel.type });
      if (!row?.created) throw new ConflictError(`${relationshipKey(rel)} exists already.`, { from: rel.from, type: rel.type, to: rel.to });
      await this.record(tx, [{ operation: 'CREATE_RELATIONSHIP', targetId: rel.from, otherId: rel.to, before: null, after: json(relationshipToImportFormat(rel)) }]);
      return rel;
    });
  }

  async removeRelationship(from: string, type: RelationshipType, to: string): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.run<{ props: Props }>('write/relationship-remove', { from, to }, { TYPE: type });
      if (!row) throw new NotFoundError(`No relationship ${relationshipKey({ from, type, to })}.`, { from, type, to });
      const before = relationshipToImportFormat(relationshipFromProps(from, type, to, row.props));
      await this.record(tx, [{ operation: 'REMOVE_RELATIONSHIP', targetId: from, otherId: to, before: json(before), after: null }]);
    });
  }
}
