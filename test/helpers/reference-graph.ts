import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The graph as plain data, read straight from import documents with the YAML parser and nothing of the
 * project's own code, and the traversals computed by breadth-first search: the independent answers the
 * API's Cypher is checked against.
 */
export interface RefNode {
  id: string;
  kind: string;
  name: string;
  budgetEur?: number;
}
export interface RefRel {
  from: string;
  type: string;
  to: string;
  /** 'stated' when the document gives none. */
  confidence: string;
}

/** Which relationships a traversal follows: every one, or only the stated ones. */
export type RefEvidence = 'ANY' | 'STATED';

export const DEPENDENCY = new Set(['INTEGRATES', 'DIGITALISES', 'SUPPORTS', 'DEPENDS_ON', 'REPLACES', 'TAGGED']);

export class ReferenceGraph {
  readonly nodes = new Map<string, RefNode>();
  readonly rels: RefRel[] = [];

  static fromFiles(files: readonly string[]): ReferenceGraph {
    return ReferenceGraph.fromDocuments(files.map((f) => parse(readFileSync(f, 'utf8')) as { nodes?: RefNode[]; relationships?: RefRel[] }));
  }

  /** The relationships a traversal under `evidence` may follow. */
  private followed(evidence: RefEvidence): RefRel[] {
    return evidence === 'ANY' ? this.rels : this.rels.filter((r) => r.confidence === 'stated');
  }

  static fromDocuments(docs: readonly { nodes?: RefNode[]; relationships?: (Omit<RefRel, 'confidence'> & { confidence?: string })[] }[]): ReferenceGraph {
    const g = new ReferenceGraph();
    for (const doc of docs) {
      for (const n of doc.nodes ?? []) g.nodes.set(n.id, { id: n.id, kind: n.kind, name: n.name, budgetEur: n.budgetEur });
      for (const r of doc.relationships ?? []) g.rels.push({ from: r.from, type: r.type, to: r.to, confidence: r.confidence ?? 'stated' });
    }
    return g;
  }

  /** Fewest hops from each node to `target` along directed dependency relationships (0 for the target). */
  private hopsTo(target: string, maxDepth: number, evidence: RefEvidence): Map<string, number> {
    const into = new Map<string, string[]>();
    for (const r of this.followed(evidence)) if (DEPENDENCY.has(r.type)) into.set(r.to, [...(into.get(r.to) ?? []), r.from]);
    const dist = new Map([[target, 0]]);
    let frontier = [target];
    for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const n of frontier) for (const m of into.get(n) ?? []) if (!dist.has(m)) (dist.set(m, d), next.push(m));
      frontier = next;
    }
    return dist;
  }

  /** The shortest directed dependency path of at least one hop from `from` to `to`, in hops. */
  private cycleOrPath(from: string, to: string, maxDepth: number, evidence: RefEvidence): number | undefined {
    const out = new Map<string, string[]>();
    for (const r of this.followed(evidence)) if (DEPENDENCY.has(r.type)) out.set(r.from, [...(out.get(r.from) ?? []), r.to]);
    let frontier = [from];
    const seen = new Set<string>();
    for (let d = 1; d <= maxDepth; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const m of out.get(n) ?? []) {
          if (m === to) return d;
          if (!seen.has(m)) (seen.add(m), next.push(m));
        }
      }
      frontier = next;
    }
    return undefined;
  }

  /** projectsTouching as the contract defines it: [projectId, hops] sorted by hops, name, id. */
  projectsTouching(target: string, maxDepth: number, evidence: RefEvidence = 'ANY'): [string, number][] {
    const dist = this.hopsTo(target, maxDepth, evidence);
    const out: [string, number][] = [];
    for (const n of this.nodes.values()) {
      if (n.kind !== 'Project') continue;
      const hops = n.id === target ? this.cycleOrPath(target, target, maxDepth, evidence) : dist.get(n.id);
      if (hops !== undefined && hops >= 1) out.push([n.id, hops]);
    }
    return this.sorted(out);
  }

  private sorted(rows: [string, number][]): [string, number][] {
    const name = (id: string) => this.nodes.get(id)!.name;
    return rows.sort(([a, ha], [b, hb]) => ha - hb || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
  }

  /** How many of `rows` no all-stated path reaches (they vanish under STATED); 0 under STATED. */
  inferredCount(rows: readonly string[], stated: ReadonlySet<string>, evidence: RefEvidence): number {
    return evidence === 'STATED' ? 0 : rows.filter((id) => !stated.has(id)).length;
  }

  /**
   * impact as the contract defines it: the contributors are the affected projects and programmes; the Zielbilder
   * are those any contributor CONTRIBUTES_TO, the Schwerpunktthemen those with HAS_TARGET_VISION to one of them;
   * under STATED every hop, also those two, is stated. The inferred counts: rows that STATED drops.
   */
  impact(of: string, maxDepth: number, evidence: RefEvidence = 'ANY') {
    const reach = (e: RefEvidence) => {
      const dist = this.hopsTo(of, maxDepth, e);
      dist.delete(of);
      return dist;
    };
    const dist = reach(evidence);
    const stated = new Set(reach('STATED').keys());
    const affected = this.sorted([...dist.entries()]);
    const ofKind = (kind: string) => affected.map(([id]) => id).filter((id) => this.nodes.get(id)!.kind === kind);
    const projects = ofKind('Project');
    const programmes = ofKind('Programme');
    const contributors = new Set([...projects, ...programmes]);
    const rels = this.followed(evidence);
    const targetVisions = new Set(rels.filter((r) => r.type === 'CONTRIBUTES_TO' && contributors.has(r.from) && this.nodes.get(r.to)?.kind === 'TargetVision').map((r) => r.to));
    const focusAreas = new Set(rels.filter((r) => r.type === 'HAS_TARGET_VISION' && targetVisions.has(r.to)).map((r) => r.from));
    const totalBudgetEur = projects.reduce((sum, id) => sum + (this.nodes.get(id)!.budgetEur ?? 0), 0);
    const inferred = {
      affected: this.inferredCount(affected.map(([id]) => id), stated, evidence),
      projects: this.inferredCount(projects, stated, evidence),
      programmes: this.inferredCount(programmes, stated, evidence),
    };
    return { affected, projects, programmes, targetVisions, focusAreas, totalBudgetEur, inferred, hops: dist };
  }

  /** projectsTouching's inferredCount: the projects it answers under ANY that STATED drops. */
  touchingInferred(target: string, maxDepth: number, evidence: RefEvidence = 'ANY'): number {
    const stated = new Set(this.projectsTouching(target, maxDepth, 'STATED').map(([id]) => id));
    return this.inferredCount(this.projectsTouching(target, maxDepth, evidence).map(([id]) => id), stated, evidence);
  }

  /** Fewest hops between two nodes over any relationship in either direction, or undefined beyond maxDepth. */
  undirectedHops(from: string, to: string, maxDepth: number, evidence: RefEvidence = 'ANY'): number | undefined {
    const adj = new Map<string, string[]>();
    for (const r of this.followed(evidence)) {
      adj.set(r.from, [...(adj.get(r.from) ?? []), r.to]);
      adj.set(r.to, [...(adj.get(r.to) ?? []), r.from]);
    }
    if (from === to) return 0;
    const seen = new Set([from]);
    let frontier = [from];
    for (let d = 1; d <= maxDepth; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const m of adj.get(n) ?? []) {
          if (m === to) return d;
          if (!seen.has(m)) (seen.add(m), next.push(m));
        }
      }
      frontier = next;
    }
    return undefined;
  }

  /** The relationship, if the data has it. */
  relationship(from: string, type: string, to: string): RefRel | undefined {
    return this.rels.find((r) => r.from === from && r.type === type && r.to === to);
  }

  hasRelationship(from: string, type: string, to: string): boolean {
    return this.relationship(from, type, to) !== undefined;
  }
}
