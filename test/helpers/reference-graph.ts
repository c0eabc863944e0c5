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
}

export const DEPENDENCY = new Set(['INTEGRATES', 'DIGITALISES', 'SUPPORTS', 'DEPENDS_ON', 'REPLACES', 'TAGGED']);

export class ReferenceGraph {
  readonly nodes = new Map<string, RefNode>();
  readonly rels: RefRel[] = [];

  static fromFiles(files: readonly string[]): ReferenceGraph {
    return ReferenceGraph.fromDocuments(files.map((f) => parse(readFileSync(f, 'utf8')) as { nodes?: RefNode[]; relationships?: RefRel[] }));
  }

  static fromDocuments(docs: readonly { nodes?: RefNode[]; relationships?: RefRel[] }[]): ReferenceGraph {
    const g = new ReferenceGraph();
    for (const doc of docs) {
      for (const n of doc.nodes ?? []) g.nodes.set(n.id, { id: n.id, kind: n.kind, name: n.name, budgetEur: n.budgetEur });
      for (const r of doc.relationships ?? []) g.rels.push({ from: r.from, type: r.type, to: r.to });
    }
    return g;
  }

  /** Fewest hops from each node to `target` along directed dependency relationships (0 for the target). */
  private hopsTo(target: string, maxDepth: number): Map<string, number> {
    const into = new Map<string, string[]>();
    for (const r of this.rels) if (DEPENDENCY.has(r.type)) into.set(r.to, [...(into.get(r.to) ?? []), r.from]);
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
  private cycleOrPath(from: string, to: string, maxDepth: number): number | undefined {
    const out = new Map<string, string[]>();
    for (const r of this.rels) if (DEPENDENCY.has(r.type)) out.set(r.from, [...(out.get(r.from) ?? []), r.to]);
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
  projectsTouching(target: string, maxDepth: number): [string, number][] {
    const dist = this.hopsTo(target, maxDepth);
    const out: [string, number][] = [];
    for (const n of this.nodes.values()) {
      if (n.kind !== 'Project') continue;
      const hops = n.id === target ? this.cycleOrPath(target, target, maxDepth) : dist.get(n.id);
      if (hops !== undefined && hops >= 1) out.push([n.id, hops]);
    }
    return this.sorted(out);
  }

  private sorted(rows: [string, number][]): [string, number][] {
    const name = (id: string) => this.nodes.get(id)!.name;
    return rows.sort(([a, ha], [b, hb]) => ha - hb || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a < b ? -1 : a > b ? 1 : 0));
  }

  /** impact as the contract defines it. */
  impact(of: string, maxDepth: number) {
    const dist = this.hopsTo(of, maxDepth);
    dist.delete(of);
    const affected = this.sorted([...dist.entries()]);
    const projects = affected.map(([id]) => id).filter((id) => this.nodes.get(id)!.kind === 'Project');
    const projectSet = new Set(projects);
    const targetVisions = new Set(this.rels.filter((r) => r.type === 'CONTRIBUTES_TO' && projectSet.has(r.from) && this.nodes.get(r.to)?.kind === 'TargetVision').map((r) => r.to));
    const focusAreas = new Set(this.rels.filter((r) => r.type === 'HAS_TARGET_VISION' && targetVisions.has(r.to)).map((r) => r.from));
    const totalBudgetEur = projects.reduce((sum, id) => sum + (this.nodes.get(id)!.budgetEur ?? 0), 0);
    return { affected, projects, targetVisions, focusAreas, totalBudgetEur };
  }

  /** Fewest hops between two nodes over any relationship in either direction, or undefined beyond maxDepth. */
  undirectedHops(from: string, to: string, maxDepth: number): number | undefined {
    const adj = new Map<string, string[]>();
    for (const r of this.rels) {
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

  hasRelationship(from: string, type: string, to: string): boolean {
    return this.rels.some((r) => r.from === from && r.type === type && r.to === to);
  }
}
