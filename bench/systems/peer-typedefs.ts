/**
 * Type definitions for @neo4j/graphql that mirror our schema, generated from the same model (src/domain):
 * one @node type per kind (labels Kind and Node, as stored) with the same field names, every single-kind relationship field as a
 * @relationship field with the same name and direction, and the storage fields the peer needs to sort
 * like we do (sortName). The traversals have no native counterpart in the peer (no variable-depth
 * traversal), so they are @cypher fields on Query running the same Cypher as ours: the depth, which
 * Cypher quantifiers cannot take as a parameter, selects one of six guarded branches.
 *
 * Left out: relationship fields that may reach several kinds (e.g. Decision.approves, Topic.tagged),
 * which would need a union per field and which no query of the benchmark uses.
 */
import { KIND_FIELDS, MAX_TRAVERSAL_DEPTH, NAVIGATIONS, NODE_KINDS, DEPENDENCY_TYPES, type FieldSpec } from '../../src/domain/index.js';

function scalarOf(spec: FieldSpec): string {
  switch (spec.type) {
    case 'money':
      return 'Float';
    case 'integer':
      return 'Int';
    default:
      // Enums are stored as their model values (e.g. 'approved' for ProjectStatus.APPROVED), which are not GraphQL enum names.
      return 'String';
  }
}

const NODE_INFO_FIELDS = `
  id: ID!
  kind: String!
  name: String!
  description: String
  confidence: String
  status: String
  budgetEur: Float`;

const DEP = DEPENDENCY_TYPES.join('|');

/** One UNION ALL branch per depth; only the branch whose guard matches $maxDepth does any work. */
function byDepth(body: (depth: number) => string): string {
  return Array.from({ length: MAX_TRAVERSAL_DEPTH }, (_, i) => i + 1)
    .map((d) => `  WITH $maxDepth AS maxDepth WHERE maxDepth = ${d}\n${body(d)}`)
    .join('\n  UNION ALL\n');
}

const PROJECTS_TOUCHING = `
MATCH (t:Node {id: $target})
CALL (t) {
${byDepth((d) => `  MATCH path = SHORTEST 1 (p:Project)-[:${DEP}]->{1,${d}}(t)
  RETURN p, path`)}
}
WITH p, path ORDER BY length(path), p.name, p.id
RETURN {
  project: p {.*},
  hops: length(path),
  path: {
    hops: length(path),
    nodes: [n IN nodes(path) | n {.*}],
    relationships: [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]
  }
} AS result`;

const SHORTEST_PATH = `
MATCH (a:Node {id: $from}), (b:Node {id: $to})
CALL (a, b) {
${byDepth((d) => `  MATCH path = SHORTEST 1 (a)-[]-{0,${d}}(b)
  RETURN path`)}
}
RETURN {
  hops: length(path),
  nodes: [n IN nodes(path) | n {.*}],
  relationships: [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]
} AS result`;

const IMPACT = `
MATCH (o:Node {id: $of})
CALL (o) {
${byDepth((d) => `  MATCH path = SHORTEST 1 (n:Node)-[:${DEP}]->{1,${d}}(o)
  WHERE n <> o
  RETURN n, length(path) AS hops`)}
}
WITH o, n, hops ORDER BY hops, n.name, n.id
WITH o, collect({node: n, hops: hops}) AS affected
CALL (affected) {
  UNWIND affected AS a
  WITH a.node AS p WHERE p:Project
  RETURN collect(p) AS projects, sum(coalesce(p.budgetEur, 0)) AS totalBudgetEur
}
CALL (affected) {
  UNWIND affected AS a
  WITH a.node AS c WHERE c:Project OR c:Programme
  MATCH (c)-[:CONTRIBUTES_TO]->(tv:TargetVision)
  WITH DISTINCT tv ORDER BY tv.name, tv.id
  RETURN collect(tv) AS targetVisions
}
CALL (targetVisions) {
  UNWIND targetVisions AS tv
  MATCH (fa:FocusArea)-[:HAS_TARGET_VISION]->(tv)
  WITH DISTINCT fa ORDER BY fa.name, fa.id
  RETURN collect(fa) AS focusAreas
}
RETURN {
  of: o {.*},
  affected: [a IN affected | {node: properties(a.node), hops: a.hops}],
  projects: [p IN projects | p {.*}],
  targetVisions: [tv IN targetVisions | tv {.*}],
  focusAreas: [fa IN focusAreas | fa {.*}],
  totalBudgetEur: totalBudgetEur
} AS result`;

const quote = (cypher: string) => JSON.stringify(cypher.trim());

export function peerTypeDefs(): string {
  const types = NODE_KINDS.map((kind) => {
    const own = KIND_FIELDS[kind].map((f) => `  ${f.name}: ${scalarOf(f)}`);
    const navs = NAVIGATIONS[kind]
      .filter((nav) => nav.otherKinds.length === 1)
      .map((nav) => `  ${nav.field}: [${nav.otherKinds[0]}!]! @relationship(type: "${nav.type}", direction: ${nav.direction === 'out' ? 'OUT' : 'IN'})`);
    return [
      // Both labels, as stored: the peer then matches (this:Kind:Node) and can use the unique index on Node(id).
      `type ${kind} @node(labels: ["${kind}", "Node"]) {`,
      '  id: ID!',
      '  kind: String!',
      '  name: String!',
      '  sortName: String',
      '  aliases: [String!]',
      '  description: String',
      '  confidence: String',
      '  note: String',
      '  version: Int',
      ...own,
      ...navs,
      '}',
    ].join('\n');
  });
  return `${types.join('\n\n')}

type NodeInfo {${NODE_INFO_FIELDS}
}

type PathRelationship {
  type: String!
  from: ID!
  to: ID!
}

type Path {
  hops: Int!
  nodes: [NodeInfo!]!
  relationships: [PathRelationship!]!
}

type TouchingProject {
  project: NodeInfo!
  hops: Int!
  path: Path!
}

type Affected {
  node: NodeInfo!
  hops: Int!
}

type Impact {
  of: NodeInfo!
  affected: [Affected!]!
  projects: [NodeInfo!]!
  targetVisions: [NodeInfo!]!
  focusAreas: [NodeInfo!]!
  totalBudgetEur: Float!
}

type Query {
  projectsTouching(target: ID!, maxDepth: Int! = 3): [TouchingProject!]!
    @cypher(statement: ${quote(PROJECTS_TOUCHING)}, columnName: "result")
  shortestPath(from: ID!, to: ID!, maxDepth: Int! = 6): Path
    @cypher(statement: ${quote(SHORTEST_PATH)}, columnName: "result")
  impact(of: ID!, maxDepth: Int! = 4): Impact
    @cypher(statement: ${quote(IMPACT)}, columnName: "result")
}
`;
}
