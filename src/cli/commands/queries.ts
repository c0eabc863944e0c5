import {
  BudgetReportDocument,
  CoverageReportDocument,
  NodeDetailsDocument,
  ProjectsTouchingDocument,
  SearchNodesDocument,
  ShortestPathDocument,
  ThemesTouchingDocument,
  chainText,
  explainImpact,
  highlightParts,
  loadImpact,
  pageThrough,
  suggestions,
  type BudgetGrouping,
  type Chain,
  type NodeKind,
} from '../../client/index.js';
import { NODE_KINDS, isNodeKind } from '../../domain/index.js';
import { UsageError } from '../exit-codes.js';
import { queryCommand } from './query-command.js';

const KINDS_USAGE = '[--kind KIND]... [--first N]';

/** --stated-only: the traversals follow only relationships whose confidence is stated. */
const STATED_ONLY = { options: { 'stated-only': { type: 'boolean' } }, optionsUsage: '[--stated-only]' } as const;
const evidenceOf = (values: Readonly<Record<string, unknown>>) => (values['stated-only'] ? 'STATED' : 'ANY') as 'STATED' | 'ANY';
/** The table's mark of a row whose path rests on an inferred or contested hop. */
const evidenceCell = (path: { confidence?: string }) => (path.confidence === undefined || path.confidence === 'STATED' ? 'stated' : path.confidence.toLowerCase());

/** A highlight for the terminal: the matched words in [brackets]. */
const bracketed = (highlight: string | null | undefined) =>
  highlight ? highlightParts(highlight).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('') : '';

/** `search <text>`: search in German, exact names first, then words, descriptions and typos. */
export const searchCommand = queryCommand({
  name: 'search',
  args: ['<text>'],
  summary: 'search in German: exact names first, then words and parts of compounds, descriptions, typos ("Zulasung" finds "Fahrzeugzulassung")',
  paths: false,
  options: { kind: { type: 'string', multiple: true }, first: { type: 'string' } },
  optionsUsage: KINDS_USAGE,
  async fetch(api, { args, values }) {
    const first = Number((values.first as string | undefined) ?? 10);
    if (!Number.isInteger(first)) throw new UsageError('--first must be a whole number');
    const kinds = (values.kind as string[] | undefined) ?? null;
    const unknown = kinds?.filter((k) => !isNodeKind(k)) ?? [];
    if (unknown.length > 0) throw new UsageError(`unknown kind ${unknown.join(', ')}; kinds: ${NODE_KINDS.join(', ')}`);
    const data = await api.run(SearchNodesDocument, { text: args[0]!, kinds: kinds as NodeKind[] | null, first });
    const fuzzy = suggestions(data.search);
    return {
      json: data,
      heading: fuzzy.length > 0 ? `No exact match for '${args[0]}'. Did you mean: ${fuzzy.slice(0, 3).map((h) => h.node.name).join(' | ')}?` : undefined,
      columns: ['match', 'score', 'kind', 'id', 'name', 'matched'],
      rows: data.search.map((hit) => [hit.match, hit.score.toFixed(2), hit.node.kind, hit.node.id, hit.node.name, bracketed(hit.highlight)]),
    };
  },
});

/** `touching <node>`: every project with a dependency path to the node, and the path. */
export const touchingCommand = queryCommand({
  name: 'touching',
  args: ['<node>'],
  summary: 'projects touching a node over dependencies, each with its path (and the Themenfelder touching it)',
  depth: 3,
  paths: true,
  ...STATED_ONLY,
  async fetch(api, { args, depth, progress, values }) {
    const target = args[0]!;
    const evidence = evidenceOf(values);
    const [first, { themes }] = await Promise.all([
      api.run(ProjectsTouchingDocument, { target, maxDepth: depth, first: PAGE, evidence }),
      api.run(ThemesTouchingDocument, { target, maxDepth: depth }),
    ]);
    // Every page, by its keyset cursor.
    const touching = await pageThrough(
      first.projectsTouching,
      async (after) => (await api.run(ProjectsTouchingDocument, { target, maxDepth: depth, first: PAGE, after, evidence })).projectsTouching,
      (loaded, total) => progress(`projects: ${loaded} of ${total}…`),
    );
    return {
      json: { projectsTouching: touching, themesTouching: themes.nodes },
      columns: ['hops', 'id', 'project', 'evidence', 'path'],
      rows: touching.map((t) => [t.hops, t.project.id, t.project.name, evidenceCell(t.path), chainText(t.path)]),
      paths: touching.map((t) => t.path),
      heading: inferredLine(first.projectsTouching.inferredCount, 'project(s)', evidence),
      summary:
        themes.totalCount === 0
          ? undefined
          : `Also touching: ${themes.totalCount} Themenfeld(er), published themes of unnamed projects (not counted as projects): ` +
            themes.nodes.map((t) => `${t.name} (${t.id})`).join('; '),
    };
  },
});

/** Rows per page of the traversals the commands page through. */
const PAGE = 1_000;

const ROLE = { project: 'Project', targetVision: 'TargetVision', focusArea: 'FocusArea' } as const;

/** Under ANY: how many rows rest on inferred hops (gone with --stated-only). */
const inferredLine = (count: number, what: string, evidence: 'ANY' | 'STATED') =>
  evidence === 'STATED'
    ? 'Stated relationships only (--stated-only).'
    : count === 0
      ? undefined
      : `${count} ${what} rest on inferred hops only (no all-stated path within the depth); --stated-only leaves them out.`;

/** `impact <node>`: what is affected if the node changes, up to the Zielbilder and Schwerpunktthemen. */
export const impactCommand = queryCommand({
  name: 'impact',
  args: ['<node>'],
  summary: 'what is affected if a node changes: projects, Zielbilder, Schwerpunktthemen, with paths',
  depth: 4,
  paths: true,
  ...STATED_ONLY,
  async fetch(api, { args, depth, progress, values }) {
    const evidence = evidenceOf(values);
    const data = await loadImpact((document, variables) => api.run(document, variables), { of: args[0]!, maxDepth: depth, evidence }, progress);
    const rows = explainImpact(data);
    const { impact } = data;
    const themes = impact.affected.filter((a) => a.node.kind === 'Theme').length;
    const programmes = impact.programmes.totalCount;
    const others = impact.affected.length - impact.projectCount - programmes - themes;
    return {
      json: { ...data, explained: rows },
      columns: ['role', 'hops', 'id', 'name', 'evidence', 'path'],
      rows: rows.map((r) => [ROLE[r.role], r.hops, r.node.id, r.node.name, evidenceCell(r.path), chainText(r.path)]),
      paths: rows.map((r) => r.path),
      heading: inferredLine(impact.inferredCount, 'affected node(s)', evidence),
      summary:
        `${impact.of.name} (${impact.of.kind}), depth ${depth}: ${impact.affected.length} affected nodes ` +
        `(${impact.projectCount} projects, ${programmes} programmes, ${themes} Themenfelder, ${others} others), ${impact.targetVisionPaths.length} Zielbilder, ` +
        `${impact.focusAreaPaths.length} Schwerpunktthemen; known project budget ${impact.totalBudgetEur.toLocaleString('de-DE')} EUR.` +
        (programmes === 0 ? '' : ` Programmes: ${impact.programmes.nodes.map((p) => `${p.name} (${p.id})`).join('; ')}.`),
    };
  },
});

/** `path <from> <to>`: the fewest hops between two nodes, over any relationship. */
export const pathCommand = queryCommand({
  name: 'path',
  args: ['<from>', '<to>'],
  summary: 'the shortest connection between two nodes, over any relationship',
  depth: 6,
  paths: true,
  ...STATED_ONLY,
  async fetch(api, { args, depth, values }) {
    const data = await api.run(ShortestPathDocument, { from: args[0]!, to: args[1]!, maxDepth: depth, evidence: evidenceOf(values) });
    const path = data.shortestPath;
    return {
      json: data,
      columns: ['step', 'from', 'relationship', 'to', 'confidence', 'note'],
      rows: path
        ? path.relationships.map((r, i) => [i + 1, nameOf(path, r.from), r.type, nameOf(path, r.to), r.confidence.toLowerCase(), r.note ?? ''])
        : [],
      paths: path ? [path] : [],
      summary: path ? `${path.hops} hop(s), ${path.confidence.toLowerCase()}: ${chainText(path)}` : undefined,
    };
  },
});

const nameOf = (chain: Chain, id: string) => chain.nodes.find((n) => n.id === id)?.name ?? id;

/** `show <node>`: a node with its fields, sources and relationships. */
export const showCommand = queryCommand({
  name: 'show',
  args: ['<node>'],
  summary: 'a node with its sources and every relationship',
  paths: true,
  async fetch(api, { args }) {
    const data = await api.run(NodeDetailsDocument, { ref: args[0]! });
    const node = data.lookup;
    const self = { id: node.id, kind: node.kind, name: node.name };
    return {
      json: data,
      found: true,
      heading:
        `${node.name} (${node.kind}, ${node.id})${node.aliases.length > 0 ? `, also: ${node.aliases.join(', ')}` : ''}\n` +
        `${node.description}\n` +
        `${node.note ? `note: ${node.note}\n` : ''}` +
        `evidence: ${node.evidence.strength.toLowerCase().replace(/_/g, ' ')} (${node.evidence.sourceCount} source(s) from ${node.evidence.publisherCount} publisher(s)` +
        `${node.evidence.newestPublished ? `, newest published ${node.evidence.newestPublished}` : ', no published date'}); confidence ${node.confidence.toLowerCase()}\n` +
        `sources: ${node.sources.map((s) => s.url).join(' ')}\n` +
        `iri: ${node.iri}`,
      columns: ['direction', 'type', 'kind', 'id', 'name', 'confidence', 'sources'],
      rows: node.relationships.map((r) => [r.direction, r.type, r.node.kind, r.node.id, r.node.name, r.confidence.toLowerCase(), r.sources.map((s) => s.url).join(' ')]),
      paths: node.relationships.map((r) => ({
        nodes: [self, r.node],
        relationships: [r.direction === 'OUT' ? { type: r.type, from: node.id, to: r.node.id } : { type: r.type, from: r.node.id, to: node.id }],
      })),
    };
  },
});

/** Euro amounts as German readers write them, without cents (the sources give whole euros). */
const eur = (amount: number) => `${Math.round(amount).toLocaleString('de-DE')} EUR`;

/** `coverage`: which Zielbilder the projects and programmes cover, stated and inferred, and which not at all. */
export const coverageCommand = queryCommand({
  name: 'coverage',
  args: [],
  summary: 'every Zielbild: its Schwerpunktthemen, the projects and programmes covering it (stated / inferred), known budget; uncovered Zielbilder and Ziele',
  paths: false,
  async fetch(api) {
    const data = await api.run(CoverageReportDocument, {});
    const uncovered = data.coverage.filter((c) => !c.covered);
    const goalsUncovered = data.goalCoverage.filter((g) => !g.covered);
    return {
      json: data,
      // "inferred": the projects whose contribution is inferred or contested (the rest a source states).
      columns: ['id', 'Zielbild', 'Schwerpunktthemen', 'covered', 'projects', 'inferred', 'programmes', 'Themenfelder', 'known budget', 'no budget'],
      rows: data.coverage.map((c) => [
        c.targetVision.id,
        c.targetVision.name,
        c.focusAreas.map((f) => f.name).join('; '),
        c.covered ? 'yes' : 'no',
        c.projectCount,
        c.inferredProjectCount,
        c.programmeCount,
        c.themeCount,
        eur(c.knownBudgetEur),
        c.projectsWithoutBudget,
      ]),
      summary:
        `${data.coverage.length - uncovered.length} of ${data.coverage.length} Zielbilder covered by a project or programme` +
        (uncovered.length === 0 ? '.' : `; not covered: ${uncovered.map((c) => `${c.targetVision.name} (${c.targetVision.id})`).join('; ')}.`) +
        `\n${data.goalCoverage.length - goalsUncovered.length} of ${data.goalCoverage.length} Ziele advanced` +
        (goalsUncovered.length === 0 ? '.' : `; not advanced: ${goalsUncovered.map((g) => `${g.goal.name} (${g.goal.id})`).join('; ')}.`),
    };
  },
});

const GROUPINGS: Readonly<Record<string, BudgetGrouping>> = { 'focus-area': 'FOCUS_AREA', institution: 'INSTITUTION', programme: 'PROGRAMME' };

/** `budget [--by …]`: the known budgets per group, each counted once, and what belongs to no single group. */
export const budgetCommand = queryCommand({
  name: 'budget',
  args: [],
  summary: 'known budgets per Schwerpunktthema (--by focus-area, the default), lead institution or programme; each budget counted once',
  paths: false,
  options: { by: { type: 'string' } },
  optionsUsage: `[--by ${Object.keys(GROUPINGS).join('|')}]`,
  async fetch(api, { values }) {
    const by = (values.by as string | undefined) ?? 'focus-area';
    const groupBy = GROUPINGS[by];
    if (!groupBy) throw new UsageError(`--by must be one of ${Object.keys(GROUPINGS).join(', ')}, got '${by}'`);
    const data = await api.run(BudgetReportDocument, { groupBy });
    const { rows, unassignedEur, totalKnownEur } = data.budget;
    return {
      json: data,
      columns: ['kind', 'id', 'group', 'projects', 'project budget', 'without budget', 'programmes', 'programme budget'],
      rows: rows.map((r) => [r.group.kind, r.group.id, r.group.name, r.projectCount, eur(r.knownBudgetEur), r.projectsWithoutBudget, r.programmeCount, eur(r.programmeBudgetEur)]),
      summary:
        `Known budget in the graph: ${eur(totalKnownEur)}, of it in no single group (shared by several groups, or in none): ${eur(unassignedEur)}. ` +
        'The counts include projects and programmes shared with other groups; the budget columns only those in this group alone.',
    };
  },
});
