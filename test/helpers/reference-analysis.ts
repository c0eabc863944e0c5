import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { mulberry32, randomGraph } from './random-graph.js';

/**
 * Coverage, goal coverage and budgets computed in plain TypeScript from import documents, with nothing of the
 * project's own code: the independent answers the API's analysis statements are checked against. The rules are
 * the API's documented ones, written out again here.
 */
interface Doc {
  nodes?: { id: string; kind: string; budgetEur?: number }[];
  relationships?: { from: string; type: string; to: string; confidence?: string }[];
}

export const readDocs = (files: readonly string[]): Doc[] => files.map((f) => parse(readFileSync(f, 'utf8')) as Doc);

export type Grouping = 'FOCUS_AREA' | 'PROGRAMME' | 'INSTITUTION';

export interface RefBudgetRow {
  projectCount: number;
  projectsWithoutBudget: number;
  knownBudgetEur: number;
  programmeCount: number;
  programmeBudgetEur: number;
}

export class ReferenceAnalysis {
  private readonly kind = new Map<string, string>();
  private readonly budget = new Map<string, number>();
  private readonly rels: { from: string; type: string; to: string; stated: boolean }[] = [];

  constructor(docs: readonly Doc[]) {
    for (const d of docs) {
      for (const n of d.nodes ?? []) {
        this.kind.set(n.id, n.kind);
        if (n.budgetEur !== undefined) this.budget.set(n.id, n.budgetEur);
      }
      for (const r of d.relationships ?? []) this.rels.push({ from: r.from, type: r.type, to: r.to, stated: (r.confidence ?? 'stated') === 'stated' });
    }
  }

  private ofKind(kind: string): string[] {
    return [...this.kind].filter(([, k]) => k === kind).map(([id]) => id);
  }

  private into(type: string, to: string) {
    return this.rels.filter((r) => r.type === type && r.to === to);
  }

  /** Per Zielbild: contributing projects and programmes (stated apart), Themenfelder, budgets, covered. */
  coverage() {
    return new Map(
      this.ofKind('TargetVision').map((tv) => {
        const by = (kind: string) => this.into('CONTRIBUTES_TO', tv).filter((r) => this.kind.get(r.from) === kind);
        const projects = by('Project');
        const programmes = by('Programme');
        return [
          tv,
          {
            covered: projects.length + programmes.length > 0,
            projectCount: projects.length,
            statedProjectCount: projects.filter((r) => r.stated).length,
            inferredProjectCount: projects.filter((r) => !r.stated).length,
            programmeCount: programmes.length,
            statedProgrammeCount: programmes.filter((r) => r.stated).length,
            inferredProgrammeCount: programmes.filter((r) => !r.stated).length,
            themeCount: by('Theme').length,
            knownBudgetEur: projects.reduce((s, r) => s + (this.budget.get(r.from) ?? 0), 0),
            projectsWithoutBudget: projects.filter((r) => !this.budget.has(r.from)).length,
          },
        ] as const;
      }),
    );
  }

  /** Per goal: its Zielbilder, what advances it by kind, stated and inferred apart (Themenfelder not counted). */
  goals() {
    return new Map(
      this.ofKind('Goal').map((g) => {
        const advances = this.into('ADVANCES', g);
        const count = (kind: string) => advances.filter((r) => this.kind.get(r.from) === kind).length;
        const named = advances.filter((r) => this.kind.get(r.from) !== 'Theme');
        return [
          g,
          {
            targetVisions: this.into('HAS_GOAL', g).map((r) => r.from).sort(),
            contributors: advances.map((r) => r.from).sort(),
            projectCount: count('Project'),
            programmeCount: count('Programme'),
            systemCount: count('System'),
            standardCount: count('Standard'),
            themeCount: count('Theme'),
            statedCount: named.filter((r) => r.stated).length,
            inferredCount: named.filter((r) => !r.stated).length,
            covered: named.length > 0,
          },
        ] as const;
      }),
    );
  }

  /** The groups a project or programme belongs to under a grouping (the rules BudgetRow documents). */
  private groupsOf(x: string, by: Grouping): Set<string> {
    const isProject = this.kind.get(x) === 'Project';
    const out = (type: string) => this.rels.filter((r) => r.type === type && r.from === x).map((r) => r.to);
    const groups = new Set<string>();
    if (by === 'PROGRAMME') {
      if (!isProject) groups.add(x);
      else for (const r of this.into('INCLUDES', x)) groups.add(r.from);
    } else if (by === 'INSTITUTION') {
      for (const i of out('LED_BY')) groups.add(i);
    } else {
      for (const tv of out('CONTRIBUTES_TO')) for (const r of this.into('HAS_TARGET_VISION', tv)) groups.add(r.from);
      if (isProject) {
        for (const p of this.into('INCLUDES', x).map((r) => r.from)) {
          const areas = this.into('HAS_PROGRAMME', p).map((r) => r.from);
          if (areas.length === 1) groups.add(areas[0]!);
        }
      } else {
        for (const r of this.into('HAS_PROGRAMME', x)) groups.add(r.from);
      }
    }
    return groups;
  }

  /** Every known budget once: rows by group id, the amounts of no single group, and the total. */
  budgetReport(by: Grouping) {
    const items = [...this.ofKind('Project'), ...this.ofKind('Programme')];
    const groups = by === 'FOCUS_AREA' ? this.ofKind('FocusArea') : by === 'PROGRAMME' ? this.ofKind('Programme') : [...new Set(items.flatMap((x) => [...this.groupsOf(x, by)]))];
    const rows = new Map<string, RefBudgetRow>(groups.map((g) => [g, { projectCount: 0, projectsWithoutBudget: 0, knownBudgetEur: 0, programmeCount: 0, programmeBudgetEur: 0 }]));
    let unassignedEur = 0;
    let totalKnownEur = 0;
    for (const x of items) {
      const eur = this.budget.get(x) ?? 0;
      const mine = this.groupsOf(x, by);
      const isProject = this.kind.get(x) === 'Project';
      totalKnownEur += eur;
      if (mine.size !== 1) unassignedEur += eur;
      for (const g of mine) {
        const row = rows.get(g)!;
        if (isProject) {
          row.projectCount += 1;
          if (!this.budget.has(x)) row.projectsWithoutBudget += 1;
          if (mine.size === 1) row.knownBudgetEur += eur;
        } else {
          row.programmeCount += 1;
          if (mine.size === 1) row.programmeBudgetEur += eur;
        }
      }
    }
    return { rows, unassignedEur, totalKnownEur };
  }
}

const SOURCE = [{ url: 'https://example.org/synthetic-test-data', title: 'Synthetic test data, not a real fact' }];

/**
 * A seeded random graph (random-graph.ts) with what the analyses need on top, drawn from a second generator so
 * that the base graph stays what the traversal tests see: programme budgets, programmes run by two
 * Schwerpunktthemen, leads of programmes and shared leads, programme and Themenfeld contributions, goals with
 * what advances them, and a share of inferred contributions.
 */
export function analysisGraph(seed: number) {
  const { doc, ids } = randomGraph(seed, {
    projects: 30,
    systems: 10,
    services: 6,
    programmes: 6,
    topics: 3,
    institutions: 5,
    focusAreas: 4,
    edgesPerProject: 3,
  });
  const rnd = mulberry32(seed ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const nodes = doc.nodes as Record<string, unknown>[];
  const relationships = doc.relationships as Record<string, unknown>[];
  const seen = new Set(relationships.map((r) => `${r.from}|${r.type}|${r.to}`));
  const link = (from: string, type: string, to: string, inferred = false) => {
    const key = `${from}|${type}|${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    relationships.push({ from, type, to, sources: SOURCE, ...(inferred ? { confidence: 'inferred', note: 'synthetic inference' } : {}) });
  };
  for (const n of nodes) if (n.kind === 'Programme' && rnd() < 0.6) n.budgetEur = Math.round(rnd() * 1e7);
  // Some project contributions are inferred.
  for (const r of relationships) if (r.type === 'CONTRIBUTES_TO' && rnd() < 0.4) Object.assign(r, { confidence: 'inferred', note: 'synthetic inference' });
  for (const g of ids.Programme!) {
    if (rnd() < 0.3) link(pick(ids.FocusArea!), 'HAS_PROGRAMME', g);
    if (rnd() < 0.6) link(g, 'LED_BY', pick(ids.Institution!));
    if (rnd() < 0.2) link(g, 'LED_BY', pick(ids.Institution!));
    if (rnd() < 0.5) link(g, 'CONTRIBUTES_TO', pick(ids.TargetVision!), rnd() < 0.5);
  }
  for (const p of ids.Project!) if (rnd() < 0.15) link(p, 'LED_BY', pick(ids.Institution!));
  const themes = Array.from({ length: 4 }, (_, i) => `th-${seed}-${i}`);
  const goals = ids.TargetVision!.flatMap((tv, t) => Array.from({ length: 1 + (t % 3) }, (_, i) => ({ tv, id: `goal-${seed}-${t}-${i}` })));
  for (const id of themes) nodes.push({ id, kind: 'Theme', name: `Theme ${id}`, description: 'synthetic', sources: SOURCE });
  for (const { id } of goals) nodes.push({ id, kind: 'Goal', name: `Goal ${id}`, description: 'synthetic', sources: SOURCE });
  for (const { tv, id } of goals) link(tv, 'HAS_GOAL', id);
  for (const th of themes) {
    link(pick(ids.Programme!), 'HAS_THEME', th);
    link(th, 'CONTRIBUTES_TO', pick(ids.TargetVision!), true);
    if (rnd() < 0.5) link(th, 'DIGITALISES', pick(ids.Service!));
  }
  const contributors = [...ids.Project!, ...ids.Programme!, ...ids.System!, ...themes];
  for (const { id } of goals) {
    const n = Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) link(pick(contributors), 'ADVANCES', id, rnd() < 0.5);
  }
  return { doc, ids };
}
