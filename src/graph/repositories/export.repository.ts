import type { GraphDocument, NodeRecord, RelationshipRecord, RelationshipType } from '../../domain/index.js';
import type { Executor } from '../executor.js';
import { nodeFromProps, relationshipFromProps, type StoredNode } from '../mapping.js';

type Props = Record<string, unknown>;

/** Only the record: bookkeeping (version, timestamps) and the top-level copies of the fields stay behind. */
function recordOf(n: StoredNode): NodeRecord {
  const { id, kind, name, aliases, description, sources, confidence, note, attributes, fields } = n;
  return { id, kind, name, aliases, description, sources, confidence, ...(note === undefined ? {} : { note }), attributes, fields };
}

/** Reads the graph, or a part of it, back as import records: what every export format starts from. */
export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  /** The nodes whose ids are given (all when null) and the relationships among them, in a stable order. */
  async document(ids: readonly string[] | null): Promise<GraphDocument> {
    const nodeRows = await this.executor.query<{ node: Props }>('read/export/nodes', { ids });
    const relRows = await this.executor.query<{ from: string; type: RelationshipType; to: string; props: Props }>(
      'read/export/relationships',
      { ids },
    );
    const nodes = nodeRows.map((r) => recordOf(nodeFromProps(r.node)));
    const relationships: RelationshipRecord[] = relRows.map((r) => relationshipFromProps(r.from, r.type, r.to, r.props));
    return { nodes, relationships };
  }

  /** The ids of the nodes within `depth` hops of `centerId` (any relationship, either direction), the centre included. */
  async neighbourhood(centerId: string, depth: number): Promise<string[]> {
    const [row] = await this.executor.query<{ ids: string[] }>('read/export/neighbourhood', { center: centerId }, { vars: { DEPTH: String(depth) } });
    return row?.ids ?? [];
  }
}
