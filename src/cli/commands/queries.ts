import {
  BudgetDocument,
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
import { NODE_KINDS, isNodeKind, type NodeKind as Kind, type RelationshipType } from '../../domain/index.js';
import { UsageError } from '../exit-codes.js';
import type { Labelled } from '../output.js';
import type { Speech } from '../speech.js';
import type { OptionSpec } from './command.js';
import { calendarDay, instant, oneOf, repeatable, wholeNumber } from './options.js';
import { queryCommand } from './query-command.js';

/** Cells of API codes with their labels in the CLI's language (tables show the label, --csv the code). */
const kindCell = (speech: Speech, kind: string): Labelled => ({ code: kind, text: speech.labels.kinds[kind as Kind] ?? kind });
const confidenceCell = (speech: Speech, confidence: string): Labelled => ({
  code: confidence.toLowerCase(),
  text: speech.labels.enums.Confidence[confidence as 'STATED'] ?? confidence.toLowerCase(),
});
const typeCell = (speech: Speech, type: string): Labelled => ({ code: type, text: speech.labels.relationships[type as RelationshipType] ?? type });
/** A path in the CLI's language: "ZaPuK —ersetzt→ ELSTER" (--csv: the codes). */
const chainCell = (speech: Speech, chain: Chain): Labelled => ({
  code: chainText(chain),
  text: chainText(chain, { type: (t) => typeCell(speech, t).text, confidence: (c) => confidenceCell(speech, c).text }),
});
const yesNo = (speech: Speech, yes: boolean): Labelled => ({ code: yes ? 'yes' : 'no', text: speech.say(yes ? 'yes' : 'no') });
const list = (items: readonly { id: string; name: string }[]) => items.map((i) => `${i.name} (${i.id})`).join('; ');

/** --stated-only: the traversals follow only relationships whose confidence is stated. */
const STATED_ONLY: readonly OptionSpec[] = [{ flags: '--stated-only', help: 'statedOnly' }];
/** --as-of: the graph as it holds on a day (valid time), for the commands whose operation takes asOf. */
const VALID_AT: OptionSpec = { flags: '--as-of <YYYY-MM-DD>', help: 'validAt', parse: calendarDay };
/** --recorded-at: the graph as this graph had it at a past instant (recorded time), for the commands the server answers it for. */
const RECORDED_AT: OptionSpec = { flags: '--recorded-at <INSTANT>', help: 'recordedAt', parse: instant };
const asOfOf = (options: Readonly<Record<string, unknown>>) =>
  options.asOf === undefined && options.recordedAt === undefined
    ? null
    : { ...(options.asOf === undefined ? {} : { valid: options.asOf as string }), ...(options.recordedAt === undefined ? {} : { recorded: options.recordedAt as string }) };
const evidenceOf = (options: Readonly<Record<string, unknown>>) => (options.statedOnly ? 'STATED' : 'ANY') as 'STATED' | 'ANY';
/** The table's mark of a row whose path rests on an inferred or contested hop. */
const evidenceCell = (speech: Speech, path: { confidence?: string }) => confidenceCell(speech, path.confidence ?? 'STATED');

/** A highlight for the terminal: the matched words in [brackets]. */
const bracketed = (highlight: string | null | undefined) =>
  highlight ? highlightParts(highlight).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('') : '';

/** `search <text>`: search in German, exact names first, then words, descriptions and typos. */
export const searchCommand = queryCommand({
  name: 'search',
  args: [{ key: 'text' }],
  paths: false,
  options: [
    { flags: '--kind <KIND>', help: 'kind', parse: repeatable },
    { flags: '--first <N>', help: 'first', parse: wholeNumber },
    VALID_AT,
  ],
  async fetch(api, { args, options, speech }) {
    const first = (options.first as number | undefined) ?? 10;
    const kinds = (options.kind as string[] | undefined) ?? null;
    const unknown = kinds?.filter((k) => !isNodeKind(k)) ?? [];
    if (unknown.length > 0) throw new UsageError(speech.say('unknownKind', { kinds: unknown.join(', '), all: NODE_KINDS.join(', ') }));
    const data = await api.run(SearchNodesDocument, { text: args[0]!, kinds: kinds as NodeKind[] | null, first, asOf: asOfOf(options) });
    const fuzzy = suggestions(data.search);
    return {
      json: data,
      heading: fuzzy.length > 0 ? speech.say('didYouMean', { text: args[0]!, names: fuzzy.slice(0, 3).map((h) => h.node.name).join(' | ') }) : undefined,
      columns: ['match', 'score', 'kind', 'id', 'name', 'matched'],
      rows: data.search.map((hit) => [
        { code: hit.match, text: speech.labels.enums.SearchMatch[hit.match] },
        { code: hit.score.toFixed(2), text: speech.decimal(hit.score, 2) },
        kindCell(speech, hit.node.kind),
        hit.node.id,
        hit.node.name,
        bracketed(hit.highlight),
      ]),
    };
  },
});

/** `touching <node>`: every project with a dependency path to the node, and the path. */
export const touchingCommand = queryCommand({
  name: 'touching',
  args: [{ key: 'node' }],
  depth: 3,
  paths: true,
  options: [...STATED_ONLY, VALID_AT, RECORDED_AT],
  async fetch(api, { args, depth, progress, options, speech }) {
    const target = args[0]!;
    const evidence = evidenceOf(options);
    const asOf = asOfOf(options);
    const [first, { themes }] = await Promise.all([
      api.run(ProjectsTouchingDocument, { target, maxDepth: depth, first: PAGE, evidence, asOf }),
      api.run(ThemesTouchingDocument, { target, maxDepth: depth, asOf }),
    ]);
    // Every page, by its keyset cursor.
    const touching = await pageThrough(
      first.projectsTouching,
      async (after) => (await api.run(ProjectsTouchingDocument, { target, maxDepth: depth, first: PAGE, after, evidence, asOf })).projectsTouching,
      (loaded, total) => progress(speech.say('touchingPages', { loaded, total })),
    );
    return {
      json: { projectsTouching: touching, themesTouching: themes.nodes },
      columns: ['hops', 'id', 'project', 'evidence', 'path'],
      rows: touching.map((t) => [t.hops, t.project.id, t.project.name, evidenceCell(speech, t.path), chainCell(speech, t.path)]),
      paths: touching.map((t) => t.path),
      heading: inferredLine(speech, first.projectsTouching.inferredCount, 'projectsCounted', evidence),
      summary: themes.totalCount === 0 ? undefined : speech.say('alsoTouching', { count: themes.totalCount, themes: list(themes.nodes) }),
    };
  },
});

/** Rows per page of the traversals the commands page through. */
const PAGE = 1_000;

const ROLE = { project: 'Project', targetVision: 'TargetVision', focusArea: 'FocusArea' } as const;

/** Under ANY: how many rows rest on inferred hops (gone with --stated-only). */
const inferredLine = (speech: Speech, count: number, what: 'projectsCounted' | 'affectedCounted', evidence: 'ANY' | 'STATED') =>
  evidence === 'STATED' ? speech.say('statedOnly') : count === 0 ? undefined : speech.say('restOnInferred', { count, what: speech.say(what) });

/** `impact <node>`: what is affected if the node changes, up to the Zielbilder and Schwerpunktthemen. */
export const impactCommand = queryCommand({
  name: 'impact',
  args: [{ key: 'node' }],
  depth: 4,
  paths: true,
  options: [...STATED_ONLY, VALID_AT, RECORDED_AT],
  async fetch(api, { args, depth, progress, options, speech }) {
    const evidence = evidenceOf(options);
    const data = await loadImpact((document, variables) => api.run(document, variables), { of: args[0]!, maxDepth: depth, evidence, asOf: asOfOf(options) }, progress);
    const rows = explainImpact(data);
    const { impact } = data;
    const themes = impact.affected.filter((a) => a.node.kind === 'Theme').length;
    const programmes = impact.programmes.totalCount;
    const others = impact.affected.length - impact.projectCount - programmes - themes;
    return {
      json: { ...data, explained: rows },
      columns: ['role', 'hops', 'id', 'name', 'evidence', 'path'],
      rows: rows.map((r) => [kindCell(speech, ROLE[r.role]), r.hops, r.node.id, r.node.name, evidenceCell(speech, r.path), chainCell(speech, r.path)]),
      paths: rows.map((r) => r.path),
      heading: inferredLine(speech, impact.inferredCount, 'affectedCounted', evidence),
      summary:
        speech.say('impactSummary', {
          name: impact.of.name,
          kind: kindCell(speech, impact.of.kind).text,
          depth,
          affected: impact.affected.length,
          projects: impact.projectCount,
          programmes,
          themes,
          others,
          targetVisions: impact.targetVisionPaths.length,
          focusAreas: impact.focusAreaPaths.length,
          budget: speech.eur(impact.totalBudgetEur),
        }) + (programmes === 0 ? '' : speech.say('impactProgrammes', { programmes: list(impact.programmes.nodes) })),
    };
  },
});

/** `path <from> <to>`: the fewest hops between two nodes, over any relationship. */
export const pathCommand = queryCommand({
  name: 'path',
  args: [{ key: 'from' }, { key: 'to' }],
  depth: 6,
  paths: true,
  options: [...STATED_ONLY, VALID_AT],
  async fetch(api, { args, depth, options, speech }) {
    const data = await api.run(ShortestPathDocument, { from: args[0]!, to: args[1]!, maxDepth: depth, evidence: evidenceOf(options), asOf: asOfOf(options) });
    const path = data.shortestPath;
    return {
      json: data,
      columns: ['step', 'from', 'relationship', 'to', 'confidence', 'note'],
      rows: path
        ? path.relationships.map((r, i) => [i + 1, nameOf(path, r.from), typeCell(speech, r.type), nameOf(path, r.to), confidenceCell(speech, r.confidence), r.note ?? ''])
        : [],
      paths: path ? [path] : [],
      summary: path ? speech.say('pathSummary', { hops: path.hops, confidence: confidenceCell(speech, path.confidence).text, chain: chainCell(speech, path).text }) : undefined,
    };
  },
});

const nameOf = (chain: Chain, id: string) => chain.nodes.find((n) => n.id === id)?.name ?? id;

/** `show <node>`: a node with its fields, sources and relationships. */
export const showCommand = queryCommand({
  name: 'show',
  args: [{ key: 'node' }],
  paths: true,
  options: [VALID_AT, RECORDED_AT],
  async fetch(api, { args, options, speech }) {
    const data = await api.run(NodeDetailsDocument, { ref: args[0]!, asOf: asOfOf(options) });
    const node = data.lookup;
    const self = { id: node.id, kind: node.kind, name: node.name };
    return {
      json: data,
      found: true,
      heading:
        `${node.name} (${kindCell(speech, node.kind).text}, ${node.id})${node.aliases.length > 0 ? speech.say('showAlso', { aliases: node.aliases.join(', ') }) : ''}\n` +
        `${node.description}\n` +
        `${node.note ? `${speech.say('showNote', { note: node.note })}\n` : ''}` +
        speech.say('showEvidence', {
          strength: speech.labels.enums.EvidenceStrength[node.evidence.strength],
          sources: node.evidence.sourceCount,
          publishers: node.evidence.publisherCount,
          published: node.evidence.newestPublished ? speech.say('showNewest', { date: speech.date(node.evidence.newestPublished) }) : speech.say('showNoDate'),
          confidence: confidenceCell(speech, node.confidence).text,
        }) +
        `\n${speech.say('showSources', { urls: node.sources.map((s) => s.url).join(' ') })}\n` +
        `iri: ${node.iri}`,
      columns: ['direction', 'type', 'kind', 'id', 'name', 'confidence', 'sources'],
      rows: node.relationships.map((r) => [
        { code: r.direction, text: speech.labels.enums.Direction[r.direction] },
        typeCell(speech, r.type),
        kindCell(speech, r.node.kind),
        r.node.id,
        r.node.name,
        confidenceCell(speech, r.confidence),
        r.sources.map((s) => s.url).join(' '),
      ]),
      paths: node.relationships.map((r) => ({
        nodes: [self, r.node],
        relationships: [r.direction === 'OUT' ? { type: r.type, from: node.id, to: r.node.id } : { type: r.type, from: r.node.id, to: node.id }],
      })),
    };
  },
});

/** `coverage`: which Zielbilder the projects and programmes cover, stated and inferred, and which not at all. */
export const coverageCommand = queryCommand({
  name: 'coverage',
  args: [],
  paths: false,
  async fetch(api, { speech }) {
    const data = await api.run(CoverageReportDocument, {});
    const uncovered = data.coverage.filter((c) => !c.covered);
    const goalsUncovered = data.goalCoverage.filter((g) => !g.covered);
    return {
      json: data,
      // "inferred": the projects whose contribution is inferred or contested (the rest a source states).
      columns: ['id', 'targetVision', 'covered', 'projects', 'inferred', 'programmes', 'themes', 'knownBudget', 'noBudget'],
      rows: data.coverage.map((c) => [
        c.targetVision.id,
        c.targetVision.name,
        yesNo(speech, c.covered),
        c.projectCount,
        c.inferredProjectCount,
        c.programmeCount,
        c.themeCount,
        speech.eur(c.knownBudgetEur),
        c.projectsWithoutBudget,
      ]),
      summary:
        speech.say('coverageSummary', { covered: data.coverage.length - uncovered.length, total: data.coverage.length }) +
        (uncovered.length === 0 ? '.' : `${speech.say('coverageNotCovered', { list: list(uncovered.map((c) => c.targetVision)) })}.`) +
        `\n${speech.say('goalsSummary', { covered: data.goalCoverage.length - goalsUncovered.length, total: data.goalCoverage.length })}` +
        (goalsUncovered.length === 0 ? '.' : `${speech.say('goalsNotAdvanced', { list: list(goalsUncovered.map((g) => g.goal)) })}.`),
    };
  },
});

const GROUPINGS: Readonly<Record<string, BudgetGrouping>> = { 'focus-area': 'FOCUS_AREA', institution: 'INSTITUTION', programme: 'PROGRAMME' };

/** `budget [--by …]`: the known budgets per group, each counted once, and what belongs to no single group. */
export const budgetCommand = queryCommand({
  name: 'budget',
  args: [],
  paths: false,
  options: [{ flags: '--by <GROUPING>', help: 'by', parse: oneOf(Object.keys(GROUPINGS)) }],
  async fetch(api, { options, speech }) {
    const groupBy = GROUPINGS[(options.by as string | undefined) ?? 'focus-area']!;
    const data = await api.run(BudgetDocument, { groupBy });
    const { rows, unassignedEur, totalKnownEur } = data.budget;
    return {
      json: data,
      columns: ['kind', 'id', 'group', 'projects', 'projectBudget', 'noBudget', 'programmes', 'programmeBudget'],
      rows: rows.map((r) => [
        kindCell(speech, r.group.kind),
        r.group.id,
        r.group.name,
        r.projectCount,
        speech.eur(r.knownBudgetEur),
        r.projectsWithoutBudget,
        r.programmeCount,
        speech.eur(r.programmeBudgetEur),
      ]),
      summary: speech.say('budgetSummary', { total: speech.eur(totalKnownEur), unassigned: speech.eur(unassignedEur) }),
    };
  },
});
