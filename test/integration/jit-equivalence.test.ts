import { execute, parse, type GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from '../../src/client/index.js';
import { buildGraphQLSchema } from '../../src/schema/index.js';
import { formatError } from '../../src/server/errors.js';
import { jitExecutor } from '../../src/server/jit-executor.js';
import { loadTrustedDocuments } from '../../src/server/trusted-documents.js';
import { createContext, type Principal } from '../../src/server/index.js';
import { createTestApi, type OperationResult } from '../helpers/api.js';
import { useShippedGraph, type TestApi } from '../helpers/shipped.js';

const editor: Principal = { kind: 'apiKey', subject: 'test-editor', role: 'editor' };
const admin: Principal = { kind: 'token', subject: 'test-admin', role: 'admin' };
const viewer: Principal = { kind: 'apiKey', subject: 'test-viewer', role: 'viewer' };
const SOURCES = [{ url: 'https://www.it-planungsrat.de/', retrieved: '2026-11-27' }];

type Doc = object;
/** The persisted-document hash codegen gave the document. */
const hashOf = (document: Doc) => (document as { __meta__: { hash: string } }).__meta__.hash;
interface Case {
  readonly name: string;
  readonly document: Doc;
  /** Or, for pages after the first, made when the test runs (from the cursors the first pages answered). */
  readonly variables?: Record<string, unknown> | (() => Record<string, unknown>);
  readonly as?: Principal;
  /**
   * What the case must answer (so that it compares something real): data (and no errors), null (an unknown id:
   * no errors), or errors with this first code.
   */
  readonly expect: 'data' | 'null' | string;
}

/** The cursors of first pages, read before the cases that page on from them. */
const cursors = { affected: '', touching: '' };

const c = (name: string, document: Doc, variables: Case['variables'], expect: Case['expect'] = 'data', as?: Principal): Case => ({
  name,
  document,
  variables,
  expect,
  as,
});

const BROWSE = Object.entries(client).filter(([name]) => /^Browse\w+Document$/.test(name));

/** Every trusted operation, with the variables operations/ and the tests use, and the error cases they can reach. */
const CASES: readonly Case[] = [
  c('ProjectList', client.ProjectListDocument, { first: 50 }),
  c('ProjectList by focus area, ordered', client.ProjectListDocument, { filter: { focusArea: 'Datennutzung' }, orderBy: { field: 'STATUS', direction: 'DESC' }, first: 50 }),
  c('InstitutionList of the Länder', client.InstitutionListDocument, { filter: { type: ['STATE'] }, first: 50 }),
  c('SystemList by name', client.SystemListDocument, { filter: { nameContains: 'postfach' } }),
  c('SystemList above the page limit', client.SystemListDocument, { first: 500 }, 'BAD_USER_INPUT'),
  c('SystemList with a string for an Int', client.SystemListDocument, { first: 'zwanzig' }, 'BAD_USER_INPUT'),
  c('ThemeList', client.ThemeListDocument, { first: 50 }),
  c('NodeVersion', client.NodeVersionDocument, { id: 'sys-elster' }),
  c('NodeVersion of an unknown id', client.NodeVersionDocument, { id: 'gibt-es-nicht' }, 'null'),
  c('History', client.HistoryDocument, { id: 'sys-elster' }, 'data', editor),
  c('Changes', client.ChangesDocument, { since: '2000-01-01T00:00:00Z', first: 5 }, 'data', editor),
  c('Changes with since after until', client.ChangesDocument, { since: '2026-01-02T00:00:00Z', until: '2026-01-01T00:00:00Z' }, 'BAD_USER_INPUT'),
  c('Diff between two dates', client.DiffDocument, { from: { valid: '2025-06-26' }, to: { valid: '2025-11-26' }, first: 5 }),
  c('Diff with from after to', client.DiffDocument, { from: { valid: '2025-11-26' }, to: { valid: '2025-06-26' } }, 'BAD_USER_INPUT'),
  c('WhatChanged', client.WhatChangedDocument, { from: { valid: '2025-05-01' }, to: { valid: '2025-06-01' } }),
  c('WhatChangedSessions', client.WhatChangedSessionsDocument, {}),
  c('NodesByIds with an unknown id', client.NodesByIdsDocument, { ids: ['sys-elster', 'gibt-es-nicht', 'org-fitko'] }),
  c('NodesByIds without ids', client.NodesByIdsDocument, {}, 'BAD_USER_INPUT'),
  c('ProjectsWithNeighbours', client.ProjectsWithNeighboursDocument, { first: 100 }),
  c('ProjectsWithNeighbours past the cost limit', client.ProjectsWithNeighboursDocument, { first: 1_000_000 }, 'QUERY_TOO_COMPLEX'),
  c('SystemNeighbours (interface fragment)', client.SystemNeighboursDocument, { id: 'sys-elster' }),
  c('SystemNeighbours of another kind', client.SystemNeighboursDocument, { id: 'org-fitko' }),
  c('Model', client.ModelDocument, undefined),
  c('ProjectsTouching', client.ProjectsTouchingDocument, { target: 'Fahrzeugzulassung', maxDepth: 3 }),
  c('ProjectsTouching an unknown name', client.ProjectsTouchingDocument, { target: 'Gibt es nicht' }, 'NOT_FOUND'),
  c('ProjectsTouching too deep', client.ProjectsTouchingDocument, { target: 'Fahrzeugzulassung', maxDepth: 99 }, 'BAD_USER_INPUT'),
  c('ProjectsTouching with an unknown evidence level', client.ProjectsTouchingDocument, { target: 'ELSTER', evidence: 'VIELLEICHT' }, 'BAD_USER_INPUT'),
  c('Impact', client.ImpactDocument, { of: 'ELSTER', maxDepth: 4 }),
  c('Impact, stated only', client.ImpactDocument, { of: 'ELSTER', maxDepth: 4, evidence: 'STATED' }),
  c('ShortestPath', client.ShortestPathDocument, { from: 'uv-ki-plattform-machbarkeitsstudie', to: 'Zielbild Digitale Infrastruktur', maxDepth: 6 }),
  c('ShortestPath from an unknown name', client.ShortestPathDocument, { from: 'Nirgendwo', to: 'ELSTER' }, 'NOT_FOUND'),
  c('Coverage', client.CoverageDocument, undefined),
  c('Budget per focus area', client.BudgetDocument, { groupBy: 'FOCUS_AREA' }),
  c('Budget per institution', client.BudgetDocument, { groupBy: 'INSTITUTION' }),
  c('Budget without a grouping', client.BudgetDocument, {}, 'BAD_USER_INPUT'),
  c('StrategyTree', client.StrategyTreeDocument, undefined),
  c('Search', client.SearchDocument, { text: 'Fahrzeugzulassungen' }),
  c('Search of some kinds', client.SearchDocument, { text: 'Portal', kinds: ['System', 'Project'] }),
  c('NodePage', client.NodePageDocument, { id: 'sys-elster' }),
  c('NodePage of an unknown id', client.NodePageDocument, { id: 'gibt-es-nicht' }, 'null'),
  c('ProjectsOfInstitution', client.ProjectsOfInstitutionDocument, { institution: 'FITKO', first: 10 }),
  c('ProjectsOfInstitution of an unknown one', client.ProjectsOfInstitutionDocument, { institution: 'Niemand' }, 'NOT_FOUND'),
  ...BROWSE.map(([name, document]) => c(name, document as Doc, { first: 5 })),
  c('BrowseProject, second page', client.BrowseProjectDocument, { first: 5, after: 'not-a-cursor' }, 'BAD_USER_INPUT'),
  c('CoverageMatrix', client.CoverageMatrixDocument, undefined),
  c('FocusAreaProjects', client.FocusAreaProjectsDocument, { focusArea: 'st-datennutzung' }),
  c('CoverageReport', client.CoverageReportDocument, undefined),
  c('ImpactExplorer', client.ImpactExplorerDocument, { of: 'ELSTER', maxDepth: 3 }),
  c('ImpactExplorer with a bad page size', client.ImpactExplorerDocument, { of: 'ELSTER', maxDepth: 3, first: -1 }, 'BAD_USER_INPUT'),
  c('ImpactAffectedPage', client.ImpactAffectedPageDocument, () => ({ of: 'ELSTER', maxDepth: 3, first: 2, after: cursors.affected })),
  c('ImpactAffectedPage after a bad cursor', client.ImpactAffectedPageDocument, { of: 'ELSTER', maxDepth: 3, first: 4, after: 'x' }, 'BAD_USER_INPUT'),
  c('ExplainedTouchingPage', client.ExplainedTouchingPageDocument, () => ({ target: 'ELSTER', maxDepth: 3, first: 2, after: cursors.touching })),
  c('NodeDetails', client.NodeDetailsDocument, { ref: 'ELSTER' }),
  c('NodeDetails of an unknown name', client.NodeDetailsDocument, { ref: 'Gibt es nicht' }, 'NOT_FOUND'),
  c('NodeHistory', client.NodeHistoryDocument, { id: 'sys-elster' }),
  c('SearchNodes', client.SearchNodesDocument, { text: 'Register', first: 10 }),
  c('SearchNodes without a page size', client.SearchNodesDocument, { text: 'Register' }, 'BAD_USER_INPUT'),
  c('ThemesTouching', client.ThemesTouchingDocument, { target: 'ELSTER' }),
  // The writes, refused before they write (the graph stays the shipped one for both executors).
  c('CreateNode anonymously', client.CreateNodeDocument, { input: { id: 'sys-jit', kind: 'System', name: 'Jit', description: 'd', sources: SOURCES } }, 'UNAUTHENTICATED'),
  c('CreateNode invalid', client.CreateNodeDocument, { input: { id: 'Sys Jit', kind: 'System', name: '', description: '', sources: [] } }, 'BAD_USER_INPUT', editor),
  c('UpdateNode at a stale version', client.UpdateNodeDocument, { id: 'sys-elster', expectedVersion: 999, input: { note: 'x' } }, 'CONFLICT', editor),
  c('UpdateNode as a viewer', client.UpdateNodeDocument, { id: 'sys-elster', expectedVersion: 1, input: { note: 'x' } }, 'FORBIDDEN', viewer),
  c('DeleteNode of an unknown id', client.DeleteNodeDocument, { id: 'gibt-es-nicht', expectedVersion: 1 }, 'NOT_FOUND', editor),
  c('RestoreNode as an editor', client.RestoreNodeDocument, { id: 'sys-elster' }, 'FORBIDDEN', editor),
  c('RestoreNode of a live node', client.RestoreNodeDocument, { id: 'sys-elster' }, 'CONFLICT', admin),
  c('CreateRelationship to nowhere', client.CreateRelationshipDocument, { input: { from: 'sys-elster', type: 'OPERATED_BY', to: 'nowhere', sources: SOURCES } }, 'BAD_USER_INPUT', editor),
  c('RemoveRelationship that is not there', client.RemoveRelationshipDocument, { from: 'sys-elster', type: 'OPERATED_BY', to: 'org-fitko' }, 'NOT_FOUND', editor),
  c('ImportDocuments, dry run', client.ImportDocumentsDocument, { documents: [{ nodes: [{ id: 'topic-jit', kind: 'Topic', name: 'Jit', description: 'd', sources: SOURCES }] }], dryRun: true }, 'data', admin),
  c('ImportDocuments with a dangling relationship', client.ImportDocumentsDocument, { documents: [{ relationships: [{ from: 'sys-elster', type: 'TAGGED', to: 'nowhere', sources: SOURCES }] }] }, 'BAD_USER_INPUT', admin),
  c('CreateApiKey as an editor', client.CreateApiKeyDocument, { name: 'jit', role: 'viewer' }, 'FORBIDDEN', editor),
  c('RevokeApiKey of an unknown key', client.RevokeApiKeyDocument, { id: 'gibt-es-nicht' }, 'data', admin),
];

/** The answer as JSON, without what differs from run to run (the debug extension: request id, timings, executor). */
function answer(result: OperationResult<unknown>): string {
  const { strategiegraph: _debug, ...extensions } = result.extensions ?? {};
  return JSON.stringify({ data: result.data, errors: result.errors, extensions });
}

const executorOf = (result: OperationResult<unknown>) => (result.extensions?.strategiegraph as { executor?: string } | undefined)?.executor;

describe('trusted documents compiled with graphql-jit answer as graphql-js does', () => {
  const shipped = useShippedGraph();
  let jit: TestApi;
  let js: TestApi;
  beforeAll(async () => {
    jit = await createTestApi(shipped.graph, { settings: { graphqlJit: true, debugExtensions: true } });
    js = await createTestApi(shipped.graph, { settings: { graphqlJit: false, debugExtensions: true } });
    const first = await js.data(client.ImpactExplorerDocument, { of: 'ELSTER', maxDepth: 3, first: 2, touchingFirst: 1 });
    cursors.affected = first.impact.affected.pageInfo.endCursor!;
    cursors.touching = first.projectsTouching.pageInfo.endCursor!;
  });
  afterAll(async () => {
    await jit?.stop();
    await js?.stop();
  });

  it('has a case for every trusted operation', () => {
    const hashes = new Set(CASES.map((k) => hashOf(k.document)));
    expect([...loadTrustedDocuments().keys()].filter((hash) => !hashes.has(hash))).toEqual([]);
  });

  it.each(CASES.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    const variables = typeof k.variables === 'function' ? k.variables() : k.variables;
    // As the typed client sends it (printed), and as a documentId runs it (the persisted text).
    for (const sent of [k.document, loadTrustedDocuments().get(hashOf(k.document))!]) {
      const viaJit = await jit.run(sent as never, variables as never, k.as);
      const viaJs = await js.run(sent as never, variables as never, k.as);
      // The case compares something real: the data it asks for, or the error it provokes.
      if (k.expect === 'data' || k.expect === 'null') {
        expect(viaJs.errors).toEqual([]);
        if (k.expect === 'data') expect(JSON.stringify(viaJs.data).length).toBeGreaterThan(20);
        else expect(Object.values(viaJs.data as object)).toEqual([null]);
      } else {
        expect(viaJs.errors[0]?.extensions?.code).toBe(k.expect);
      }
      expect(answer(viaJit)).toBe(answer(viaJs));
      // And with the same statements: DataLoader batching and the planned fields work under jit as they do without.
      expect(viaJit.roundTrips).toBe(viaJs.roundTrips);
      expect(executorOf(viaJs)).toBe('graphql-js');
      // Compiled whenever execution begins (refusals before it, like a limit or an uncoercible variable, never execute).
      if (k.expect === 'data' || k.expect === 'null') expect(executorOf(viaJit)).toBe('graphql-jit');
    }
  });

  it('runs ad-hoc documents with graphql-js', async () => {
    const adHoc = '{ node(id: "sys-elster") { id name } }';
    const viaJit = await jit.run(adHoc as never);
    expect(viaJit.data).toEqual({ node: { id: 'sys-elster', name: 'ELSTER' } });
    expect(executorOf(viaJit)).toBe('graphql-js');
  });
});

/** Documents no operation of operations/ is yet, run by jitExecutor as if they were trusted, against graphql-js. */
const PROBE = `query Probe($withName: Boolean!, $skipSources: Boolean!, $ref: String!) {
  node(id: "sys-elster") {
    __typename
    id
    name @include(if: $withName)
    ... on System { sources @skip(if: $skipSources) { url } coordinators(first: 2) { id name } }
    ...Named @include(if: $withName)
  }
  other: node(id: "org-fitko") { kind ... on Institution { name } }
  missing: node(id: "gibt-es-nicht") { id }
  list: systems(first: 3) { totalCount nodes { id attributes } }
  failing: lookup(ref: $ref) { id }
}
fragment Named on Node { aliases }`;

describe('graphql-jit on @skip/@include, fragments, aliases, custom scalars and a failing non-null field', () => {
  const shipped = useShippedGraph();

  it.each([
    { withName: true, skipSources: false, ref: 'ELSTER' },
    { withName: false, skipSources: true, ref: 'ELSTER' },
    // lookup is Node!: its NOT_FOUND nulls the whole answer.
    { withName: true, skipSources: true, ref: 'Gibt es nicht' },
  ])('answers as graphql-js with %o', async (variables) => {
    const schema = buildGraphQLSchema();
    const document = parse(PROBE);
    const run = jitExecutor(schema, new Set([PROBE]));
    const context = () => createContext(shipped.graph.executor, { batch: true, publicBaseUrl: 'http://localhost:4000' });
    const request = { query: PROBE, variables };
    const operation = document.definitions[0] as never;
    const viaJit = await run({ source: PROBE, document, operation, request, context: context() } as never);
    const viaJs = await execute({ schema, document, contextValue: context(), variableValues: variables });
    // As Apollo formats them (its toJSON, then the server's formatError).
    const json = (result: { data?: unknown; errors?: readonly GraphQLError[] }) =>
      JSON.stringify({ data: result.data, errors: result.errors?.map((e) => formatError(e.toJSON(), e)) });
    expect(json(viaJit)).toBe(json(viaJs));
    if (variables.ref === 'ELSTER') expect(JSON.stringify(viaJs.data).length).toBeGreaterThan(200);
    else expect(json(viaJs)).toMatch(/^\{"data":null,"errors":\[\{"message":"[^"]+","locations":\[\{"line":12,"column":3\}\],"path":\["failing"\],"extensions":\{"code":"NOT_FOUND"/);
  });
});

/** Q2 of the benchmark (bench/queries.ts): node(id:) with the whole strategy tree under it, in one statement. */
const Q2 = `query Q2($id: ID!, $n: Int!) { node(id: $id) { id name ... on Strategy { focusAreas(first: $n) { id name
  targetVisions(first: $n) { id name projects(first: $n) { id name status leadInstitutions(first: $n) { id name }
  systems(first: $n) { id name } services(first: $n) { id name } } } } } } }`;

describe('graphql-jit on node(id:) with the relationship tree selected under it (Q2)', () => {
  const shipped = useShippedGraph();

  it('answers as graphql-js, with the same one statement', async () => {
    const schema = buildGraphQLSchema();
    const document = parse(Q2);
    const run = jitExecutor(schema, new Set([Q2]));
    const context = () => createContext(shipped.graph.executor, { batch: true, publicBaseUrl: 'http://localhost:4000' });
    const variables = { id: 'foederale-digitalstrategie', n: 10 };
    const jitContext = context();
    const jsContext = context();
    const viaJit = await run({ source: Q2, document, operation: document.definitions[0], request: { query: Q2, variables }, context: jitContext } as never);
    const viaJs = await execute({ schema, document, contextValue: jsContext, variableValues: variables });
    expect(viaJs.errors).toBeUndefined();
    expect(JSON.stringify(viaJs.data)).toMatch(/"projects":\[\{"id"/);
    expect(JSON.stringify(viaJit)).toBe(JSON.stringify(viaJs));
    expect(jsContext.stats.statements).toBe(1);
    expect(jitContext.stats.statements).toBe(1);
  });
});
