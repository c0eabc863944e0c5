import { Kind, parse, visit, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RELATED_LIMIT, NAVIGATIONS } from '../../src/domain/index.js';
import { planFor, planNodes } from '../../src/schema/resolvers/plan.js';

/** The resolve info of the root field of the document's first operation, and the field nodes of every field by name. */
function infoOf(document: string, variables: Record<string, unknown> = {}) {
  const doc = parse(document);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const named = new Map<string, FieldNode[]>();
  visit(doc, { Field: (f) => void named.set(f.name.value, [...(named.get(f.name.value) ?? []), f]) });
  const info = (fieldNodes: readonly FieldNode[]) => ({ fieldNodes, fragments, variableValues: variables }) as unknown as GraphQLResolveInfo;
  return { root: info([field]), info, named };
}

const Q2 = `query Q2($id: ID!, $n: Int!) { node(id: $id) { id name ... on Strategy { focusAreas(first: $n) { id name
  targetVisions(first: $n) { id name projects(first: $n) { id name status leadInstitutions(first: $n) { id name }
  systems(first: $n) { id name } services(first: $n) { id name } } } } } } }`;

describe('node(id:) as planned', () => {
  it('plans the tree under each kind whose fragments select relationship fields, and reads only the selected properties', () => {
    const { root } = infoOf(Q2, { id: 'x', n: 10 });
    const plan = planNodes(root, {});
    expect(plan.keys).toEqual(['id', 'kind', 'name']);
    expect(plan.trees.map((t) => [t.on, t.plan.type, t.plan.first])).toEqual([['Strategy', 'HAS_FOCUS_AREA', 10]]);
    const visions = plan.trees[0]!.plan.children;
    expect(visions.map((c) => c.type)).toEqual(['HAS_TARGET_VISION']);
    expect(visions[0]!.children[0]!.children.map((c) => c.kinds)).toEqual([['Institution'], ['System'], ['Service']]);
    expect(visions[0]!.children[0]!.keys).toEqual(['id', 'kind', 'name', 'status']);
  });

  it("registers its plans in the request's plans: the relationship fields' resolvers find them instead of planning again", () => {
    const { root, info, named } = infoOf(Q2, { id: 'x', n: 10 });
    const request = {};
    const plan = planNodes(root, request);
    const focusAreas = NAVIGATIONS.Strategy.find((n) => n.field === 'focusAreas')!;
    expect(planFor(focusAreas, info(named.get('focusAreas')!), request)).toBe(plan.trees[0]!.plan);
    const projects = NAVIGATIONS.TargetVision.find((n) => n.field === 'projects')!;
    expect(planFor(projects, info(named.get('projects')!), request)).toBe(plan.trees[0]!.plan.children[0]!.children[0]);
    // Another request plans anew.
    expect(planFor(focusAreas, info(named.get('focusAreas')!), {})).not.toBe(plan.trees[0]!.plan);
  });

  it('follows named fragments and the Node interface, one tree per kind; nothing to plan without relationship fields', () => {
    const { root } = infoOf(`{ nodes(ids: ["a"]) { ...N ... on Project { leadInstitutions { id } } ...S } }
      fragment N on Node { description ... on System { operators(first: 2) { name } } }
      fragment S on Strategy { focusAreas @skip(if: true) { id } guidelines { id } }`);
    const plan = planNodes(root, {});
    expect(plan.keys).toEqual(['id', 'kind', 'description']);
    // In the order of the kinds (NODE_KINDS).
    expect(plan.trees.map((t) => [t.on, t.plan.type, t.plan.first])).toEqual([
      ['Strategy', 'HAS_GUIDELINE', DEFAULT_RELATED_LIMIT],
      ['Project', 'LED_BY', DEFAULT_RELATED_LIMIT],
      ['System', 'OPERATED_BY', 2],
    ]);
    expect(planNodes(infoOf('{ node(id: "a") { id name } }').root, {})).toEqual({ keys: ['id', 'kind', 'name'], trees: [] });
  });
});
