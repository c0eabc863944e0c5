import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ExplainedTouchingPageDocument,
  ImpactAffectedPageDocument,
  ImpactExplorerDocument,
  type ExplainedTouchingPageFragment,
  type ImpactAffectedPageFragment,
  type EvidenceLevel,
  type ImpactExplorerQuery,
} from './generated/graphql.js';
import type { Chain, PathNode } from './paths.js';

export type ImpactRole = 'project' | 'targetVision' | 'focusArea';

/** One affected project, Zielbild or Schwerpunktthema, with the path that explains why it is affected. */
export interface ExplainedImpact {
  readonly role: ImpactRole;
  readonly node: PathNode;
  /** Relationships on the path from the node to the one that changes. */
  readonly hops: number;
  /** From this node to the one that changes. */
  readonly path: Chain;
}

/** Runs one typed operation (the CLI's Api.run, the dashboard's query). */
export type Runner = <R, V>(document: TypedDocumentNode<R, V>, variables: V) => Promise<R>;

/** A connection as the page operations select it: a page of nodes, whether more follow, and the count of all. */
interface Page<Node> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly nodes: readonly Node[];
}

/**
 * Every row of a traversal connection: the first page, then the next ones (by their keyset cursors) until the last;
 * `progress` hears "<what>: <rows so far> of <total>" after each page that was not the last.
 */
export async function pageThrough<Node>(
  first: Page<Node>,
  next: (after: string) => Promise<Page<Node>>,
  progress?: (loaded: number, total: number) => void,
): Promise<Node[]> {
  const rows = [...first.nodes];
  let page = first;
  while (page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null) {
    progress?.(rows.length, page.totalCount);
    page = await next(page.pageInfo.endCursor);
    rows.push(...page.nodes);
  }
  return rows;
}

/** An impact with every row of its pages: what explainImpact reads. */
export interface LoadedImpact {
  readonly impact: Omit<ImpactExplorerQuery['impact'], 'affected' | 'projects'> & {
    readonly affected: ImpactAffectedPageFragment['nodes'];
    /** How many of the affected nodes are projects. */
    readonly projectCount: number;
    /** How many of the affected nodes only inferred hops reach (they vanish under STATED). */
    readonly inferredCount: number;
  };
  readonly projectsTouching: ExplainedTouchingPageFragment['nodes'];
}

/**
 * The impact explorer's answer with all its rows: ImpactExplorer for the first pages, then ImpactAffectedPage and
 * ExplainedTouchingPage for the rest. `progress` hears how far it got ("affected nodes: 1000 of 2345").
 */
export async function loadImpact(
  run: Runner,
  /** evidence: STATED follows stated relationships only (default ANY); asOf: the Stand (valid time, default today; recorded time, default now). */
  variables: { of: string; maxDepth: number; evidence?: EvidenceLevel; asOf?: { valid?: string; recorded?: string } | null },
  progress?: (message: string) => void,
  /** Page sizes (the operations' defaults: 1,000 affected nodes, 200 projects with their paths). */
  pages: { affected?: number; touching?: number } = {},
): Promise<LoadedImpact> {
  // Only the sizes given: a variable sent as undefined would not take the operation's default.
  const sizes = (first: number | undefined) => (first === undefined ? {} : { first });
  const data = await run(ImpactExplorerDocument, {
    ...variables,
    ...sizes(pages.affected),
    ...(pages.touching === undefined ? {} : { touchingFirst: pages.touching }),
  });
  const of = data.impact.of.id;
  // The later pages at the first page's evidence and Stand.
  const evidence = { ...(variables.evidence === undefined ? {} : { evidence: variables.evidence }), ...(variables.asOf ? { asOf: variables.asOf } : {}) };
  const tell = (what: string) => (loaded: number, total: number) => progress?.(`${what}: ${loaded} of ${total}…`);
  const affected = await pageThrough(
    data.impact.affected,
    async (after) => (await run(ImpactAffectedPageDocument, { of, maxDepth: variables.maxDepth, ...evidence, ...sizes(pages.affected), after })).impact.affected,
    tell('affected nodes'),
  );
  const projectsTouching = await pageThrough(
    data.projectsTouching,
    async (after) => (await run(ExplainedTouchingPageDocument, { target: of, maxDepth: variables.maxDepth, ...evidence, ...sizes(pages.touching), after })).projectsTouching,
    tell('projects with paths'),
  );
  return {
    impact: { ...data.impact, affected, projectCount: data.impact.projects.totalCount, inferredCount: data.impact.affected.inferredCount },
    projectsTouching,
  };
}

/**
 * Explains an impact answer: every affected project with its shortest dependency path (projectsTouching), then
 * every Zielbild and Schwerpunktthema with the path the server gives for it (over the nearest contributor, a
 * project or a programme). Projects come sorted by hops, then name; Zielbilder and Schwerpunktthemen by name.
 */
export function explainImpact(data: LoadedImpact): ExplainedImpact[] {
  const origin = data.impact.of.id;
  const row = (role: ImpactRole, node: PathNode, path: Chain): ExplainedImpact => ({ role, node, hops: path.relationships.length, path });
  return [
    ...data.projectsTouching.filter((t) => t.project.id !== origin).map((t) => row('project', t.project, t.path)),
    ...data.impact.targetVisionPaths.map((t) => row('targetVision', t.node, t.path)),
    ...data.impact.focusAreaPaths.map((f) => row('focusArea', f.node, f.path)),
  ];
}
