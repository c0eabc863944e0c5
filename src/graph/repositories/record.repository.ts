import { DEPENDENCY_TYPES, holdsAt, parseDocument, replay, type HistoryEntry, type NodeKind, type RecordedNode, type RelationshipRecord, type RelationshipType } from '../../domain/index.js';
import { todayInGermany, type Executor, type QueryStats } from '../neo4j/executor.js';
import { sortKey, type StoredNode } from '../neo4j/mapping.js';
import type { NodeRepository } from './node.repository.js';
import type { Direction, Edge, Miss, NodePlan, PlannedNode, ReferenceParam, RelatedPlan, TreeNode } from './types.js';

/** The reads the per-request loaders make of nodes (src/loaders): NodeRepository's, or the record's at a past instant. */
export type NodeReads = Pick<NodeRepository, 'byIds' | 'relatedTree' | 'byIdsPlanned' | 'relationshipsOf'>;

/**
 * A node in the import format as the graph layers above see it (the state was valid when it was written): the record
 * with its bookkeeping, its kind's fields also at the top level (as nodeFromProps gives a stored node).
 */
function storedNode(recorded: RecordedNode): StoredNode | null {
  const record = parseDocument({ nodes: [recorded.state] }, 'history').nodes[0]?.record;
  if (!record) return null;
  return { ...record.fields, ...record, version: recorded.version, createdAt: recorded.createdAt, updatedAt: recorded.updatedAt };
}

function relationshipRecord(state: Record<string, unknown>): RelationshipRecord | null {
  return parseDocument({ relationships: [state] }, 'history').relationships[0]?.record ?? null;
}

const byName = (a: StoredNode, b: StoredNode): number => {
  const [x, y] = [sortKey(a.name), sortKey(b.name)];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * The graph as recorded at a past instant (QueryStats.recordedAt, set by the AsOf plugin): the loaders' four reads
 * of nodes, answered by replaying the append-only history (src/domain/recorded-time.ts) and then applying the
 * request's valid date as the current reads do. Two statements per level of a tree (the relationships' history, then
 * the other ends' own), so round trips stay bounded by the depth; nothing is read of nodes the record does not name.
 * Whole nodes only: a past state is replayed from whole states, so every property is there anyway.
 */
export class RecordRepository implements NodeReads {
  /**
   * `view`: a state of its own to read (an instant and a valid date, null: every fact) instead of the request's
   * (impactDiff reads two); its statements still count into the request's `stats`.
   */
  constructor(
    private readonly executor: Executor,
    private readonly stats?: QueryStats,
    private readonly view?: { readonly at: string; readonly validAt: string | null },
  ) {}

  /** The instant the record is read at, if a past one. */
  get at(): string | undefined {
    return this.view ? this.view.at : (this.stats?.recordedAt ?? undefined);
  }

  /** When the history begins (null: there is none): the earliest instant a past read can name. */
  async firstRecorded(): Promise<string | null> {
    const [row] = await this.read<{ at: string }>('read/record/first-recorded', {});
    return row ? new Date(row.at).toISOString() : null;
  }

  private read<Row>(name: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.executor.query<Row>(name, params, { stats: this.stats });
  }

  private get instant(): string {
    const at = this.at;
    if (at === undefined) throw new Error('RecordRepository read without a recorded instant');
    return at;
  }

  /** Does a fact hold at the request's valid date (null: every fact)? */
  private holds(p: { validFrom?: string; validTo?: string }): boolean {
    const validAt = this.view ? this.view.validAt : this.stats?.validAt === undefined ? todayInGermany() : this.stats.validAt;
    return validAt === null || holdsAt(p, validAt);
  }

  /** The nodes of `ids` as recorded (and holding at the valid date), by id. */
  private async nodesAt(ids: readonly string[]): Promise<Map<string, StoredNode>> {
    if (ids.length === 0) return new Map();
    const rows = await this.read<{ id: string; entries: HistoryEntry[] }>('read/record/node-changes', { ids: [...new Set(ids)], at: this.instant });
    const found = new Map<string, StoredNode>();
    for (const { id, entries } of rows) {
      const recorded = replay(entries).nodes.get(id);
      const node = recorded ? storedNode(recorded) : null;
      if (node && this.holds(node)) found.set(id, node);
    }
    return found;
  }

  /**
   * The nodes as recorded (and holding at the valid date) whose history mentions `needle` (read/record/nodes-mentioning;
   * lowercase JSON), each replayed from its own history: a superset the caller narrows to what it asked for.
   */
  private async nodesMentioning(needle: string): Promise<StoredNode[]> {
    const rows = await this.read<{ id: string; entries: HistoryEntry[] }>('read/record/nodes-mentioning', { needle, at: this.instant });
    return rows.flatMap(({ id, entries }) => {
      const recorded = replay(entries).nodes.get(id);
      const node = recorded ? storedNode(recorded) : null;
      return node && this.holds(node) ? [node] : [];
    });
  }

  /** Every node of `kind` as recorded (holding at the valid date), any order: what a list at the instant lists. */
  async nodesOfKind(kind: NodeKind): Promise<StoredNode[]> {
    return (await this.nodesMentioning(JSON.stringify({ kind }).slice(1, -1).toLowerCase())).filter((n) => n.kind === kind);
  }

  /**
   * The node a reference names as recorded (as NodeRepository.resolve and partials/reference-matches: its id, or
   * else its name or an alias, case ignored, holding at the valid date): `node` when it names exactly one, else null
   * and `misses` (no node, or the first 20 it cannot choose between by sort name and id).
   */
  async resolve(ref: ReferenceParam): Promise<{ node: StoredNode | null; misses: readonly Miss[] | null }> {
    const byId = (await this.nodesAt([ref.text])).get(ref.text);
    if (byId) return { node: byId, misses: null };
    const named = (await this.nodesMentioning(JSON.stringify(ref.lower).slice(1, -1).toLowerCase()))
      .filter((n) => n.name.toLowerCase() === ref.lower || n.aliases.some((a) => a.toLowerCase() === ref.lower))
      .sort(byName);
    if (named.length === 1) return { node: named[0]!, misses: null };
    return { node: null, misses: named.slice(0, 20).map((n) => ({ id: n.id, kind: n.kind, name: n.name })) };
  }

  /**
   * Per id: its relationships as recorded (holding at the valid date) of `types` (null: every type), each with the node
   * at the other end (only those ends are read).
   */
  private async edgesAt(ids: readonly string[], types: readonly RelationshipType[] | null): Promise<Map<string, Edge[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.read<{ id: string; entries: HistoryEntry[] }>('read/record/relationship-changes', { ids: [...new Set(ids)], at: this.instant });
    const relationships = new Map<string, RelationshipRecord[]>();
    for (const { id, entries } of rows) {
      const recorded = [...replay(entries).relationships.values()].map(relationshipRecord);
      relationships.set(
        id,
        recorded.filter((r): r is RelationshipRecord => r !== null && (r.from === id || r.to === id) && (types === null || types.includes(r.type)) && this.holds(r)),
      );
    }
    const others = await this.nodesAt([...relationships].flatMap(([id, list]) => list.map((r) => (r.from === id ? r.to : r.from))));
    return new Map(
      [...relationships].map(([id, list]) => [
        id,
        list.flatMap((r) => {
          const other = others.get(r.from === id ? r.to : r.from);
          return other ? [{ ...r, other }] : [];
        }),
      ]),
    );
  }

  async byIds(ids: readonly string[]): Promise<StoredNode[]> {
    const found = await this.nodesAt(ids);
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /**
   * The walk back from `origin` over the dependency relationships as recorded: one read of the relationships into each
   * level's new nodes (relationshipsOf: two statements), at most `depth` levels, so the round trips are bounded by the
   * depth, not by the nodes. Every relationship into a node reached within depth - 1 hops is read, so a walk over a
   * part of them (the stated ones: src/domain/recorded-walk.ts walkBack) needs no other read.
   */
  async dependencyWalk(origin: StoredNode, depth: number): Promise<{ hops: Edge[]; nodes: Map<string, StoredNode> }> {
    const hops: Edge[] = [];
    const nodes = new Map<string, StoredNode>([[origin.id, origin]]);
    let frontier = [origin.id];
    for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const into = [...(await this.relationshipsOf(frontier, DEPENDENCY_TYPES, 'IN', Infinity)).values()].flat();
      hops.push(...into);
      const next = new Set<string>();
      for (const e of into) {
        if (!nodes.has(e.other.id)) next.add(e.other.id);
        nodes.set(e.other.id, e.other);
      }
      frontier = [...next];
    }
    return { hops, nodes };
  }

  async relationshipsOf(ids: readonly string[], types: readonly RelationshipType[] | null, direction: Direction, first: number): Promise<Map<string, Edge[]>> {
    const edges = await this.edgesAt(ids, types);
    const typeOrder = (e: Edge) => e.type;
    return new Map(
      [...edges].map(([id, list]) => [
        id,
        list
          .filter((e) => (types === null || types.includes(e.type)) && (direction === 'BOTH' || (direction === 'OUT') === (e.from === id)))
          .sort((a, b) => (typeOrder(a) < typeOrder(b) ? -1 : typeOrder(a) > typeOrder(b) ? 1 : byName(a.other, b.other)))
          .slice(0, first),
      ]),
    );
  }

  /** One level of `plan` for `ids`, and below it, level by level, its children's (`edges`: those of `ids`, if read already). */
  async relatedTree(ids: readonly string[], plan: RelatedPlan, edges?: Map<string, Edge[]>): Promise<Map<string, TreeNode[]>> {
    const found = edges ?? (await this.edgesAt(ids, [plan.type]));
    const level = new Map(
      ids.map((id) => [
        id,
        (found.get(id) ?? [])
          .filter((e) => e.type === plan.type && (plan.direction === 'out') === (e.from === id) && plan.kinds.includes(e.other.kind))
          .map((e) => e.other)
          .sort(byName)
          .slice(0, plan.first),
      ]),
    );
    const reached = [...new Set([...level.values()].flat().map((n) => n.id))];
    // The next level of every child plan from one read of the reached nodes' relationships.
    const next = plan.children.length > 0 ? await this.edgesAt(reached, plan.children.map((c) => c.type)) : undefined;
    const below = await Promise.all(plan.children.map((child) => this.relatedTree(reached, child, next)));
    const tree = (node: StoredNode): TreeNode => ({ node, children: below.map((list) => list.get(node.id) ?? []) });
    return new Map(ids.map((id) => [id, (level.get(id) ?? []).map(tree)]));
  }

  async byIdsPlanned(ids: readonly string[], plan: NodePlan): Promise<Map<string, PlannedNode>> {
    const nodes = await this.byIds(ids);
    // The first level of every tree from one read of the nodes' relationships.
    const edges = plan.trees.length > 0 ? await this.edgesAt(nodes.map((n) => n.id), plan.trees.map((t) => t.plan.type)) : new Map<string, Edge[]>();
    const trees = await Promise.all(
      plan.trees.map((t) => this.relatedTree(nodes.filter((n) => n.kind === t.on).map((n) => n.id), t.plan, edges)),
    );
    return new Map(nodes.map((node) => [node.id, { node, trees: trees.map((found) => found.get(node.id) ?? []) }]));
  }
}
