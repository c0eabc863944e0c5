import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import { DEFAULT_RELATED_LIMIT, KIND_FIELDS, MAX_RELATED_LIMIT, NAVIGATIONS, type Navigation, type NodeKind } from '../../domain/index.js';
import type { RelatedPlan } from '../../graph/repositories/index.js';

/**
 * Look-ahead for relationship fields: the relationship fields selected under one (and under those, and so on)
 * become a plan that the loaders fetch in one statement instead of one round trip per level. Only what is
 * certain is planned: fields without directives, selected once, with a valid `first`, on the one kind the
 * field returns; anything else is simply left to its own resolver (correct, one round trip more).
 */
export interface PlanInput {
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

function firstOf(field: FieldNode, input: PlanInput): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  const value = arg === undefined ? DEFAULT_RELATED_LIMIT : valueOf(arg.value, input);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_RELATED_LIMIT ? value : undefined;
}

function valueOf(node: ValueNode, input: PlanInput): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return input.variables[node.name.value] ?? DEFAULT_RELATED_LIMIT;
  return undefined;
}

/** The fields selected on `kind`: directly, in inline fragments and in named fragments on that kind. */
function fieldsOn(kind: NodeKind, set: SelectionSetNode | undefined, input: PlanInput, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.directives?.length) continue;
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (!s.typeCondition || s.typeCondition.name.value === kind) fieldsOn(kind, s.selectionSet, input, out);
    } else {
      const fragment = input.fragments[s.name.value];
      if (fragment && fragment.typeCondition.name.value === kind) fieldsOn(kind, fragment.selectionSet, input, out);
    }
  }
  return out;
}

/** The plans of the relationship fields selected under a field that lists nodes of `kind`. */
export function planChildren(kind: NodeKind, set: SelectionSetNode | undefined, input: PlanInput): RelatedPlan[] {
  const fields = fieldsOn(kind, set, input);
  const names = fields.map((f) => f.name.value);
  const plans: RelatedPlan[] = [];
  for (const field of fields) {
    const nav = NAVIGATIONS[kind].find((n) => n.field === field.name.value);
    // A field selected more than once is merged by GraphQL: leave it to its own resolver.
    if (!nav || names.filter((n) => n === field.name.value).length > 1) continue;
    const plan = planOf(nav, field, input);
    if (plan) plans.push(plan);
  }
  return plans;
}

/**
 * The plan of a relationship field as its resolver sees it, built once per field and request, not once per parent:
 * keyed by the field's AST node (shared by every parent) and the request's variables. Undefined when the field is
 * selected more than once (GraphQL merges those) or cannot be planned.
 */
const plans = new WeakMap<FieldNode, WeakMap<object, RelatedPlan | undefined>>();
export function planFor(nav: Navigation, info: GraphQLResolveInfo): RelatedPlan | undefined {
  if (info.fieldNodes.length !== 1) return undefined;
  const field = info.fieldNodes[0]!;
  let byVariables = plans.get(field);
  if (!byVariables) plans.set(field, (byVariables = new WeakMap()));
  if (!byVariables.has(info.variableValues)) {
    byVariables.set(info.variableValues, planOf(nav, field, { fragments: info.fragments, variables: info.variableValues }));
  }
  return byVariables.get(info.variableValues);
}

/** The plan of one relationship field (its own selection planned where it lists a single kind). */
function planOf(nav: Navigation, field: FieldNode, input: PlanInput): RelatedPlan | undefined {
  const first = firstOf(field, input);
  if (first === undefined) return undefined;
  const children = nav.otherKinds.length === 1 ? planChildren(nav.otherKinds[0]!, field.selectionSet, input) : [];
  return { type: nav.type, direction: nav.direction, kinds: nav.otherKinds, first, children };
}

/**
 * The stored properties each field of the Node interface reads (see nodeFromProps in src/graph/mapping.ts);
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
 * Look-ahead for properties: the stored properties that the selections on nodes of `kind` read, so that a page
 * reads only those. Null (read every property) when a selection has a field this table does not know.
 * Fragments on other types do not apply to `kind`; fields under @skip/@include count as selected.
 */
export function selectedProperties(kind: NodeKind, sets: readonly (SelectionSetNode | undefined)[], input: PlanInput): string[] | null {
  const keys = new Set(['id', 'kind']);
  const own = new Set(KIND_FIELDS[kind].map((f) => f.name));
  const navigations = new Set(NAVIGATIONS[kind].map((n) => n.field));
  const applies = (type: string | undefined) => type === undefined || type === kind || type === 'Node';
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).every((s) => {
      if (s.kind === Kind.INLINE_FRAGMENT) return !applies(s.typeCondition?.name.value) || visit(s.selectionSet);
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = input.fragments[s.name.value];
        return fragment !== undefined && (!applies(fragment.typeCondition.name.value) || visit(fragment.selectionSet));
      }
      const name = s.name.value;
      if (own.has(name)) keys.add(name);
      else if (navigations.has(name)) return true;
      else if (NODE_FIELD_PROPERTIES[name]) NODE_FIELD_PROPERTIES[name].forEach((k) => keys.add(k));
      else return false;
      return true;
    });
  return sets.every(visit) ? [...keys] : null;
}

/** The selection sets of the nodes of a connection: `nodes { … }` and `edges { node { … } }`. */
export function connectionNodeSelections(field: FieldNode, input: PlanInput): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode | undefined, path: readonly string[]) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const at = [...path, s.name.value];
        if (at.join('.') === 'nodes' || at.join('.') === 'edges.node') {
          if (s.selectionSet) out.push(s.selectionSet);
        } else if (at.join('.') === 'edges') visit(s.selectionSet, at);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, path);
      else {
        const fragment = input.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet, path);
      }
    }
  };
  visit(field.selectionSet, []);
  return out;
}
