import { periodOf, relationshipKey, type GraphDocument, type NodeKind, type NodeRecord, type RelationshipRecord, type RelationshipType } from '../../domain/index.js';
import type { Executor } from '../neo4j/executor.js';
import { nodeFromProps, relationshipFromProps, type StoredNode } from '../neo4j/mapping.js';

type Props = Record<string, unknown>;

/** Only the record: bookkeeping (version, timestamps) and the top-level copies of the fields stay behind. */
function recordOf(n: StoredNode): NodeRecord {
  const { id, kind, name, aliases, description, validFrom, validTo, sources, confidence, note, attributes, fields } = n;
  return { id, kind, name, aliases, description, ...periodOf({ validFrom, validTo }), sources, confidence, ...(note === undefined ? {} : { note }), attributes, fields };
}

/** Reads the graph, or a part of it, back as import records: what every export format starts from. */
export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  /** The graph's version stamp (see read/linked-data/version): equal stamps, equal graphs. */
  async version(): Promise<{ key: string; lastChangeAt: string | null; firstChangeAt: string | null }> {
    type Row = { nodes: number; relationships: number; changes: number; lastChangeAt: string | null; lastChangeId: string | null; firstChangeAt: string | null };
    const [row] = await this.executor.query<Row>('read/linked-data/version');
    const { nodes, relationships, changes, lastChangeAt, lastChangeId, firstChangeAt } = row!;
    return { key: `${nodes}/${relationships}/${changes}/${lastChangeAt}/${lastChangeId}`, lastChangeAt, firstChangeAt };
  }

  /**
   * The nodes whose ids are given (all when null) and the relationships among them, in a stable order; `validAt`: only
   * what holds at that date (default null: every fact, whatever its period — a backup, a re-import, the SPARQL snapshot).
   */
  async document(ids: readonly string[] | null, validAt: string | null = null): Promise<GraphDocument> {
    const nodeRows = await this.executor.query<{ node: Props }>('read/export/nodes', { ids, validAt });
    const relRows = await this.executor.query<{ from: string; type: RelationshipType; to: string; props: Props }>(
      'read/export/relationships',
      { ids, validAt },
    );
    const nodes = nodeRows.map((r) => recordOf(nodeFromProps(r.node)));
    const relationships: RelationshipRecord[] = relRows.map((r) => relationshipFromProps(r.from, r.type, r.to, r.props));
    return { nodes, relationships };
  }

  /**
   * One node's document: its record and every relationship it has (either direction), with the id, kind and name
   * of each other end. Null when there is no such node.
   */
  async nodeDocument(id: string): Promise<{ doc: GraphDocument; linked: { id: string; kind: NodeKind; name: string }[] } | null> {
    type Edge = { from: string; type: RelationshipType; to: string; props: Props; other: { id: string; kind: NodeKind; name: string } };
    const [row] = await this.executor.query<{ node: Props; relationships: Edge[] }>('read/linked-data/node-document', { id });
    if (!row) return null;
    const edges = new Map(row.relationships.map((e) => [relationshipKey(e), e]));
    const relationships = [...edges.values()].map((e) => relationshipFromProps(e.from, e.type, e.to, e.props));
    const linked = new Map([...edges.values()].filter((e) => e.other.id !== id).map((e) => [e.other.id, e.other]));
    return { doc: { nodes: [recordOf(nodeFromProps(row.node))], relationships }, linked: [...linked.values()] };
  }

  /**
   * The ids of the nodes within `depth` hops of `centerId` (any relationship, either direction), the centre included;
   * `validAt` as for document.
   */
  async neighbourhood(centerId: string, depth: number, validAt: string | null = null): Promise<string[]> {
    const [row] = await this.executor.query<{ ids: string[] }>('read/export/neighbourhood', { center: centerId, validAt }, { vars: { DEPTH: String(depth) } });
    return row?.ids ?? [];
  }
}
