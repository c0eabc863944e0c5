import { Kind, getNamedType, type FieldNode, type GraphQLNamedType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { DEFAULT_RELATED_LIMIT, KIND_FIELDS, MAX_RELATED_LIMIT, NAVIGATIONS, NODE_KINDS, isNodeKind, type Navigation, type NodeKind } from '../../domain/index.js';
import type { NodePlan, RelatedPlan } from '../../graph/index.js';
import { collectFields, fieldsIn, selectionInput, type Applies, type SelectionInput } from '../selection.js';

/**
 * Look-ahead for relationship fields: a relationship field becomes a plan with the relationship fields selected
 * under it (and under those, and so on), fetched by the loaders in one statement instead of one round trip per
 * level, reading of each level's nodes only the properties selected there. A request plans each field once: the
 * plan of a field is made with the plans of the fields under it, which their resolvers then find instead of
 * planning again. Fields under a field that lists several kinds are left to their own plans (one round trip more).
 */

/** The field's `first` as its resolver will read it; undefined when the resolver will refuse it. */
function firstOf(field: FieldNode, input: SelectionInput): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  const value = arg === undefined ? DEFAULT_RELATED_LIMIT : arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? (input.variables[arg.value.name.value] ?? DEFAULT_RELATED_LIMIT) : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_RELATED_LIMIT ? value : undefined;
}

/** Type conditions that apply to nodes of these kinds: the kinds' own types and the Node interface. */
const onKinds = (kinds: readonly NodeKind[]): Applies => (type) => type === 'Node' || (kinds as readonly string[]).includes(type);

/** A request's plans by the first field node of the field they plan (its other nodes tell merged selections apart). */
type Plans = WeakMap<FieldNode, { readonly nodes: readonly FieldNode[]; readonly plan: RelatedPlan }[]>;
const requests = new WeakMap<object, Plans>();

/**
 * The plan of a relationship field as its resolver sees it (every parent the same), made once per request: found
 * when the plan of the field above made it, else made now. `request` is the request's context.
 */
export function planFor(nav: Navigation, info: GraphQLResolveInfo, request: object): RelatedPlan | undefined {
  const plans = plansOf(request);
  return madeFor(plans, info.fieldNodes) ?? planOf(nav, info.fieldNodes, selectionInput(info), plans);
}

/**
 * node(id:) and nodes(ids:) as planned: the properties their selection reads of a node and, since a node's kind is
 * known only once it is read, for every kind whose type conditions (its type, fragments on it or on Node) select
 * relationship fields, the plans of those fields, made and registered as planOf makes a field's children (their
 * resolvers find them, and the loaders primed with their nodes). `request` is the request's context.
 */
export function planNodes(info: GraphQLResolveInfo, request: object): NodePlan {
  const plans = plansOf(request);
  const input = selectionInput(info);
  const sets = info.fieldNodes.map((n) => n.selectionSet);
  const trees: { on: NodeKind; plan: RelatedPlan }[] = [];
  for (const kind of NODE_KINDS) {
    for (const fields of collectFields(sets, input, onKinds([kind])).values()) {
      const nav = NAVIGATIONS[kind].find((n) => n.field === fields[0]!.name.value);
      const plan = nav && (madeFor(plans, fields) ?? planOf(nav, fields, input, plans));
      if (plan) trees.push({ on: kind, plan });
    }
  }
  return { keys: selectedProperties(NODE_KINDS, sets, input), trees };
}

function plansOf(request: object): Plans {
  let plans = requests.get(request);
  if (!plans) requests.set(request, (plans = new WeakMap()));
  return plans;
}

/** The plan made in this request for exactly these field nodes, if any. */
function madeFor(plans: Plans, nodes: readonly FieldNode[]): RelatedPlan | undefined {
  return plans.get(nodes[0]!)?.find((p) => p.nodes.length === nodes.length && p.nodes.every((n, i) => n === nodes[i]))?.plan;
}

/** The plan of one relationship field (merged field nodes), with the plans of the relationship fields under it. */
function planOf(nav: Navigation, nodes: readonly FieldNode[], input: SelectionInput, plans: Plans): RelatedPlan | undefined {
  const first = firstOf(nodes[0]!, input);
  if (first === undefined) return undefined;
  const sets = nodes.map((n) => n.selectionSet);
  const children: RelatedPlan[] = [];
  if (nav.otherKinds.length === 1) {
    const kind = nav.otherKinds[0]!;
    for (const fields of collectFields(sets, input, onKinds(nav.otherKinds)).values()) {
      const child = NAVIGATIONS[kind].find((n) => n.field === fields[0]!.name.value);
      const plan = child && planOf(child, fields, input, plans);
      if (plan) children.push(plan);
    }
  }
  const plan: RelatedPlan = { type: nav.type, direction: nav.direction, kinds: nav.otherKinds, first, keys: selectedProperties(nav.otherKinds, sets, input), children };
  const list = plans.get(nodes[0]!) ?? [];
  plans.set(nodes[0]!, [...list, { nodes, plan }]);
  return plan;
}

/**
 * The stored properties each field of the Node interface reads (see nodeFromProps in src/graph/neo4j/mapping.ts);
 * `relationships` and `__typename` read only id and kind, which every projection has.
 */
const NODE_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  id: [],
  iri: [],
  kind: [],
  __typename: [],
  relationships: [],
  name: ['name'],
  aliases: ['aliases'],
  description: ['description'],
  validFrom: ['validFrom'],
  validTo: ['validTo'],
  sources: ['sourcesJson'],
  confidence: ['confidence'],
  evidence: ['sourcesJson', 'confidence'],
  note: ['note'],
  attributes: ['attributesJson'],
  version: ['version'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
};

/**
 * Look-ahead for properties: the stored properties that the selections on nodes of these kinds read, so that a
 * statement reads only those. Null (read every property) when a selection has a field this table does not know.
 * Fragments on other types do not apply; excluded fields (@skip, @include) are not read.
 */
export function selectedProperties(kinds: readonly NodeKind[], sets: readonly (SelectionSetNode | undefined)[], input: SelectionInput): string[] | null {
  const keys = new Set(['id', 'kind']);
  for (const { node, on } of fieldsIn(sets, input, onKinds(kinds))) {
    const name = node.name.value;
    // A field is selected on the kinds listed, or in a fragment on one of them (or on Node).
    const own = on === undefined || on === 'Node' ? kinds : [on as NodeKind];
    const known = NODE_FIELD_PROPERTIES[name];
    if (known) known.forEach((k) => keys.add(k));
    else if (own.some((k) => KIND_FIELDS[k].some((f) => f.name === name))) keys.add(name);
    else if (!own.some((k) => NAVIGATIONS[k].some((n) => n.field === name))) return null;
  }
  return [...keys];
}

/**
 * The stored properties read of the nodes anywhere under a field (the nodes of a page or of its edges, a path's
 * nodes, a traversal row's node, a search hit's node …): every place where the field's answer holds nodes, found
 * by walking its selection with the schema's types down to the fields that return nodes. Relationship fields
 * below those nodes read through their own loaders and plans. Null (read every property) where selectedProperties
 * is null; ['id', 'kind'] when no nodes are selected.
 */
export function nodeProperties(info: GraphQLResolveInfo): string[] | null {
  const input = selectionInput(info);
  const keys = new Set(['id', 'kind']);
  const visit = (type: GraphQLNamedType, sets: readonly (SelectionSetNode | undefined)[]): boolean => {
    for (const { node, on } of fieldsIn(sets, input)) {
      const parent = on === undefined ? type : info.schema.getType(on);
      const def = parent && 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
      if (!def || !node.selectionSet) continue;
      const returns = getNamedType(def.type);
      const kinds = returns.name === 'Node' ? NODE_KINDS : isNodeKind(returns.name) ? [returns.name] : null;
      if (kinds === null) {
        if (!visit(returns, [node.selectionSet])) return false;
        continue;
      }
      const read = selectedProperties(kinds, [node.selectionSet], input);
      if (read === null) return false;
      read.forEach((k) => keys.add(k));
    }
    return true;
  };
  return visit(getNamedType(info.returnType), info.fieldNodes.map((f) => f.selectionSet)) ? [...keys] : null;
}
