/**
 * The query mix: per query the GraphQL document for this server (B, B′), the document for @neo4j/graphql (C),
 * the raw-Cypher operation (A), and how each system's answer is normalised for the correctness gate.
 *
 * Normalisation is deliberately small: enum values are compared in the model's spelling ('RUNNING' →
 * 'running'), the peer's connection edges become node lists and its aggregate counts plain numbers, and a
 * path is compared by its length and its two ends (several shortest paths of equal length may exist and
 * any one of them is a correct answer). Everything else, including list order, must be equal.
 */
import { MAX_TRAVERSAL_PAGE_SIZE, SEARCH_MATCHES } from '../src/domain/index.js';
import { loadRelevanceSet } from '../test/helpers/relevance.js';

export type SystemId = 'H0' | 'A0' | 'A' | 'B' | 'Bnb' | 'C';

export interface Anchors {
  readonly strategyId: string;
  readonly projectId: string;
  readonly hubInstitution: string;
  readonly targets: { readonly low: string; readonly median: string; readonly hub: string };
  readonly targetDegrees: { readonly low: number; readonly median: number; readonly hub: number };
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly impactOf: string;
}

export interface GraphQLCall {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface QueryDef {
  readonly id: string;
  readonly title: string;
  /** Weight in the mix (0 = measured alone only). */
  readonly weight: number;
  readonly ours: GraphQLCall;
  /** Absent: the peer (C) and raw Cypher (A) have no equivalent (search's match classes); only B runs it. */
  readonly peer?: GraphQLCall;
  readonly raw?: { readonly op: string; readonly params: Record<string, unknown> };
  /** Canonical form of one system's `data`. */
  canon(system: 'A' | 'B' | 'C', data: any): unknown;
  /**
   * A workload rather than one request: a cell sends these in turn (`ours` is the first, which the correctness
   * gate checks). Only this server runs such rows.
   */
  readonly variants?: readonly GraphQLCall[];
}

const ENUM_FIELDS = new Set(['status', 'confidence', 'type']);

/** Enum values in the model's spelling; keys sorted; absent and null alike. */
export function normalise(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined || v === null || k === '__typename' || k === 'cursor') continue;
      out[k] = normalise(v, k);
    }
    return out;
  }
  if (typeof value === 'string' && key !== undefined && ENUM_FIELDS.has(key) && /^[A-Z_]+$/.test(value)) {
    return value.toLowerCase().replace(/_/g, '-');
  }
  return value;
}

const pathEnds = (p: any) =>
  p == null ? null : { hops: p.hops, from: p.nodes[0]?.id, to: p.nodes.at(-1)?.id, steps: p.relationships.length };

const edgesToNodes = (c: any) => ({ totalCount: c.totalCount, pageInfo: c.pageInfo, nodes: c.edges.map((e: any) => e.node) });

const NODE_FIELDS = 'id kind name description confidence';
const PROJECT_FIELDS = 'status budgetEur startDate';
const SORT = '[{sortName: ASC}, {id: ASC}]';
const TREE_LIMIT = 10;
const PAGE = 20;

/**
 * Search (issue 11) as analysts type it: an exact name, a part of compounds, a typo (every class runs, fuzzy
 * included), several words, and a typo of words every synthetic D2 node has (the widest fuzzy match). Only this
 * server runs them (no peer or raw equivalent of the match classes); weight 0 keeps them out of the mix.
 */
export const SEARCH_TEXTS: Readonly<Record<string, string>> = {
  'Q9-exact': 'ELSTER',
  'Q9-part': 'Zulassung',
  'Q9-typo': 'Fahrzeugzulasung',
  'Q9-words': 'Synthetic Project 4711',
  'Q9-wide': 'Synthetik Projekt',
};

/** The API's default page of a traversal (projectsTouching and impact: first = 100). */
const TOUCHING_PAGE = 100;
/**
 * The largest page this server answers: what "every row" of Q5 is for it in one request; a
 * longer list is the streaming export's job. Raw Cypher answers the same rows; the peer (no paging) every row, of
 * which the gate compares these (on D1 every target has fewer; on D2 the hub has 18,278).
 */
const TOUCHING_ALL = MAX_TRAVERSAL_PAGE_SIZE;

const SEARCH_QUERY = 'query Q9($t: String!) { search(text: $t, first: 10) { match score highlight node { id kind name } } }';

/**
 * The relevance set (test/fixtures/search-relevance.yaml) as a workload: every query as analysts type it, in the
 * file's order, once all together (Q9-set: the search p50 an analyst meets) and once per class the contract gives
 * the node meant (Q9-set-EXACT, -NAME, -FUZZY), as `first: 10` with highlights like Q9-*.
 */
function searchSetRows(): QueryDef[] {
  const set = loadRelevanceSet();
  const row = (id: string, title: string, texts: readonly string[]): QueryDef => {
    const variants = texts.map((t) => ({ query: SEARCH_QUERY, variables: { t } }));
    return { id, title, weight: 0, ours: variants[0]!, variants, canon: (_s, d) => d.search };
  };
  return [
    row('Q9-set', `search, the ${set.length} queries of the relevance set in turn`, set.map((q) => q.q)),
    ...SEARCH_MATCHES.flatMap((m) => {
      const texts = set.filter((q) => q.match === m).map((q) => q.q);
      return texts.length === 0 ? [] : [row(`Q9-set-${m}`, `search, the relevance set's ${texts.length} ${m} queries in turn`, texts)];
    }),
  ];
}

/**
 * The same reads in the past (issue 14: a past query within 1.5× of a current one): Q1 and Q2 at a past valid date,
 * and, where the data set has a history (D1: the seed is an import, which records one; D2 is bulk-loaded without),
 * Q1, Q2, Q3, Q5-median and Q7 at a recorded instant after it was loaded (raw Cypher's current answer is the answer
 * those must give).
 */
function pastRows(current: readonly QueryDef[], recordedAt: string | undefined): QueryDef[] {
  const at = (id: string, suffix: string, asOf: string): QueryDef => {
    const q = current.find((c) => c.id === id)!;
    // asOf as the root field's first argument: `{ projects(first: …` becomes `{ projects(asOf: …, first: …`.
    const query = q.ours.query.replace(/^(query \w+(?:\([^)]*\))? \{ \w+)\(/, `$1(asOf: ${asOf}, `);
    if (query === q.ours.query) throw new Error(`${id}: no root field arguments to put asOf into`);
    // At a past valid date the answer may differ from today's (only this server runs it); at a recorded instant after
    // the load it must equal raw Cypher's current one (the gate compares them).
    const valid = suffix === 'valid';
    return {
      ...q,
      id: `${id}-${suffix}`,
      title: `${q.title}, ${valid ? 'at the valid date 2025-01-01' : 'at a recorded instant (replayed from the history)'}`,
      weight: 0,
      ours: { ...q.ours, query },
      peer: undefined,
      ...(valid ? { raw: undefined } : {}),
    };
  };
  return [
    at('Q1', 'valid', '{valid: "2025-01-01"}'),
    at('Q2', 'valid', '{valid: "2025-01-01"}'),
    // A node, the nested tree, a list, a traversal and an impact replayed from the history.
    ...(recordedAt === undefined ? [] : ['Q1', 'Q2', 'Q3', 'Q5-median', 'Q7'].map((id) => at(id, 'recorded', `{recorded: "${recordedAt}"}`))),
  ];
}

/** The query mix; `recordedAt`: an instant of the data set's history after it was loaded (none: no recorded rows). */
export function queryMix(a: Anchors, recordedAt?: string): QueryDef[] {
  const touching = (level: 'low' | 'median' | 'hub', weight: number): QueryDef => ({
    id: `Q5-${level}`,
    title: `projectsTouching depth 3, ${level}-degree target (${a.targetDegrees[level]} dependency links in), at most ${TOUCHING_ALL} rows (the peer: every row)`,
    weight,
    ours: {
      query: `query Q5($t: String!) { projectsTouching(target: $t, maxDepth: 3, first: ${TOUCHING_ALL}) { nodes { hops project { id name } path { hops nodes { id } relationships { type from to } } } } }`,
      variables: { t: a.targets[level] },
    },
    peer: {
      query: `query Q5($t: ID!) { projectsTouching(target: $t, maxDepth: 3) { hops project { id name } path { hops nodes { id } relationships { type from to } } } }`,
      variables: { t: a.targets[level] },
    },
    raw: { op: 'q5-touching-page', params: { target: a.targets[level], maxDepth: 3, first: TOUCHING_ALL } },
    canon: (s, d) =>
      (s === 'B' ? d.projectsTouching.nodes : d.projectsTouching).slice(0, TOUCHING_ALL).map((r: any) => ({ hops: r.hops, project: r.project, path: pathEnds(r.path) })),
  });
  /**
   * The hub target's first page as the dashboard and the API's default ask for it (first: 100): this server and
   * raw Cypher answer the page, the peer (no paging of a variable-depth traversal) the whole list, of which the
   * gate compares the first 100 rows (the order is the same: hops, project name, id).
   */
  const touchingPage = (level: 'hub'): QueryDef => {
    const row = touching(level, 0);
    const first = (rows: any[]) => rows.slice(0, TOUCHING_PAGE);
    return {
      ...row,
      id: `Q5-${level}-page`,
      title: `projectsTouching depth 3, ${level}-degree target, first page of ${TOUCHING_PAGE} (the peer: every row)`,
      ours: { query: row.ours.query.replace(`first: ${TOUCHING_ALL}`, `first: ${TOUCHING_PAGE}`), variables: row.ours.variables },
      raw: { op: 'q5-touching-page', params: { ...row.raw!.params, first: TOUCHING_PAGE } },
      canon: (s, d) => first(row.canon(s, d) as any[]),
    };
  };

  const rows: QueryDef[] = [
    {
      id: 'Q1',
      title: 'node by id (a project, scalar fields)',
      weight: 20,
      ours: { query: `query Q1($id: ID!) { node(id: $id) { ${NODE_FIELDS} ... on Project { ${PROJECT_FIELDS} } } }`, variables: { id: a.projectId } },
      peer: { query: `query Q1($id: ID!) { projects(where: {id: {eq: $id}}) { ${NODE_FIELDS} ${PROJECT_FIELDS} } }`, variables: { id: a.projectId } },
      raw: { op: 'q1-node', params: { id: a.projectId } },
      canon: (s, d) => (s === 'C' ? d.projects[0] : d.node),
    },
    {
      id: 'Q2',
      title: `nested tree strategy → focus areas → Zielbilder → projects → {institutions, systems, services}, ≤ ${TREE_LIMIT} per level`,
      weight: 20,
      ours: {
        query: `query Q2($id: ID!, $n: Int!) { node(id: $id) { id name ... on Strategy {
  focusAreas(first: $n) { id name targetVisions(first: $n) { id name projects(first: $n) { id name status
    leadInstitutions(first: $n) { id name } systems(first: $n) { id name } services(first: $n) { id name } } } } } } }`,
        variables: { id: a.strategyId, n: TREE_LIMIT },
      },
      peer: {
        query: `query Q2($id: ID!, $n: Int!) { strategies(where: {id: {eq: $id}}) { id name
  focusAreas(limit: $n, sort: ${SORT}) { id name targetVisions(limit: $n, sort: ${SORT}) { id name projects(limit: $n, sort: ${SORT}) { id name status
    leadInstitutions(limit: $n, sort: ${SORT}) { id name } systems(limit: $n, sort: ${SORT}) { id name } services(limit: $n, sort: ${SORT}) { id name } } } } } }`,
        variables: { id: a.strategyId, n: TREE_LIMIT },
      },
      raw: { op: 'q2-tree', params: { id: a.strategyId, n: TREE_LIMIT } },
      canon: (s, d) => (s === 'C' ? d.strategies[0] : d.node),
    },
    {
      id: 'Q3',
      title: `project list, first ${PAGE} sorted by name, with totalCount`,
      weight: 15,
      ours: {
        query: `query Q3($first: Int!) { projects(first: $first, orderBy: {field: NAME, direction: ASC}) { totalCount pageInfo { hasNextPage } nodes { id name status } } }`,
        variables: { first: PAGE },
      },
      peer: {
        query: `query Q3($first: Int!) { projectsConnection(first: $first, sort: ${SORT}) { totalCount pageInfo { hasNextPage } edges { node { id name status } } } }`,
        variables: { first: PAGE },
      },
      raw: { op: 'q3-list', params: { first: PAGE } },
      canon: (s, d) => (s === 'C' ? edgesToNodes(d.projectsConnection) : d.projects),
    },
    {
      id: 'Q4',
      title: `projects led by the hub institution (relationship filter), first ${PAGE}, with totalCount`,
      weight: 10,
      ours: {
        query: `query Q4($i: String!, $first: Int!) { projects(filter: {relatedTo: [{node: $i, type: LED_BY, direction: OUT}]}, first: $first, orderBy: {field: NAME, direction: ASC}) { totalCount pageInfo { hasNextPage } nodes { id name } } }`,
        variables: { i: a.hubInstitution, first: PAGE },
      },
      peer: {
        query: `query Q4($i: ID!, $first: Int!) { projectsConnection(where: {leadInstitutions: {some: {id: {eq: $i}}}}, first: $first, sort: ${SORT}) { totalCount pageInfo { hasNextPage } edges { node { id name } } } }`,
        variables: { i: a.hubInstitution, first: PAGE },
      },
      raw: { op: 'q4-filtered', params: { institution: a.hubInstitution, first: PAGE } },
      canon: (s, d) => (s === 'C' ? edgesToNodes(d.projectsConnection) : d.projects),
    },
    touching('low', 0),
    touching('median', 15),
    // The hub's first page before all its rows: on D2 the peer's every-row cells at c = 16 take minutes.
    touchingPage('hub'),
    touching('hub', 0),
    {
      id: 'Q6',
      title: 'shortestPath project → Zielbild (≤ 6 hops, any type and direction)',
      weight: 10,
      ours: {
        query: `query Q6($from: String!, $to: String!) { shortestPath(from: $from, to: $to) { hops nodes { id } relationships { type from to } } }`,
        variables: { from: a.pathFrom, to: a.pathTo },
      },
      peer: {
        query: `query Q6($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { hops nodes { id } relationships { type from to } } }`,
        variables: { from: a.pathFrom, to: a.pathTo },
      },
      raw: { op: 'q6-shortest', params: { from: a.pathFrom, to: a.pathTo, maxDepth: 6 } },
      canon: (_s, d) => pathEnds(d.shortestPath),
    },
    {
      id: 'Q7',
      title: 'impact depth 3 of a median-degree target',
      weight: 5,
      ours: {
        query: `query Q7($of: String!) { impact(of: $of, maxDepth: 3) { of { id } affected(first: 1000) { nodes { hops node { id } } } projects(first: 1000) { nodes { id } } targetVisions(first: 1000) { id } focusAreas(first: 1000) { id } totalBudgetEur } }`,
        variables: { of: a.impactOf },
      },
      peer: {
        query: `query Q7($of: ID!) { impact(of: $of, maxDepth: 3) { of { id } affected { hops node { id } } projects { id } targetVisions { id } focusAreas { id } totalBudgetEur } }`,
        variables: { of: a.impactOf },
      },
      raw: { op: 'q7-impact', params: { of: a.impactOf, maxDepth: 3 } },
      // Ours answers pages (of up to 1,000 rows, enough for a median-degree target), the others lists.
      canon: (s, d) => (s === 'B' ? { ...d.impact, affected: d.impact.affected.nodes, projects: d.impact.projects.nodes } : d.impact),
    },
    {
      id: 'Q8',
      title: 'aggregation: projects and programmes per Zielbild (coverage)',
      weight: 5,
      ours: { query: `query Q8 { coverage { targetVision { id name } projectCount programmeCount } }`, variables: {} },
      peer: {
        query: `query Q8 { targetVisions(sort: [{name: ASC}, {id: ASC}]) { id name projectsConnection { aggregate { count { nodes } } } programmesConnection { aggregate { count { nodes } } } } }`,
        variables: {},
      },
      raw: { op: 'q8-coverage', params: {} },
      canon: (s, d) =>
        s === 'C'
          ? d.targetVisions.map((t: any) => ({
              targetVision: { id: t.id, name: t.name },
              projectCount: t.projectsConnection.aggregate.count.nodes,
              programmeCount: t.programmesConnection.aggregate.count.nodes,
            }))
          : d.coverage,
    },
    ...Object.entries(SEARCH_TEXTS).map(([id, text]): QueryDef => ({
      id,
      title: `search "${text}", first 10`,
      weight: 0,
      ours: { query: SEARCH_QUERY, variables: { t: text } },
      canon: (_s, d) => d.search,
    })),
    ...searchSetRows(),
  ];
  return [...rows, ...pastRows(rows, recordedAt)];
}
