import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * The one selection walker: every look-ahead (the planned tree, list, traversal and analysis projections, the cost
 * limit) reads a selection through it, so they all agree with execution on named and inline fragments, `@skip` and
 * `@include` (with variables) and aliases.
 */
export interface SelectionInput {
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The operation's variables as execution sees them (coerced, defaults applied). */
  readonly variables: Readonly<Record<string, unknown>>;
}

/** One field as selected: its node, and the type condition of the innermost fragment around it (none: the parent's type). */
export interface FieldSelection {
  readonly node: FieldNode;
  readonly on: string | undefined;
}

/** Which type conditions apply (default: all). A fragment whose condition does not apply is left out with its fields. */
export type Applies = (typeCondition: string) => boolean;
const ALL: Applies = () => true;

export const selectionInput = (info: GraphQLResolveInfo): SelectionInput => ({ fragments: info.fragments, variables: info.variableValues });

/** Whether execution includes a field or fragment under its `@skip`/`@include` directives. */
export function isIncluded(node: FieldNode | { readonly directives?: FieldNode['directives'] }, variables: SelectionInput['variables']): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, variables as Record<string, unknown>);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, variables as Record<string, unknown>);
  return include?.if !== false;
}

/**
 * Every field selected in the sets, in document order, with fragments spread into their place (each fragment once
 * per path: a cycle, which validation forbids anyway, ends there) and excluded selections left out.
 */
export function fieldsIn(sets: readonly (SelectionSetNode | undefined)[], input: SelectionInput, applies: Applies = ALL): FieldSelection[] {
  const out: FieldSelection[] = [];
  const visit = (set: SelectionSetNode | undefined, on: string | undefined, seen: ReadonlySet<string>) => {
    for (const s of set?.selections ?? []) {
      if (!isIncluded(s, input.variables)) continue;
      if (s.kind === Kind.FIELD) out.push({ node: s, on });
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition?.name.value;
        if (type === undefined || applies(type)) visit(s.selectionSet, type ?? on, seen);
      } else {
        const fragment = input.fragments[s.name.value];
        if (!fragment || seen.has(s.name.value) || !applies(fragment.typeCondition.name.value)) continue;
        visit(fragment.selectionSet, fragment.typeCondition.name.value, new Set([...seen, s.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, undefined, new Set());
  return out;
}

/** The fields selected in the sets grouped by response key (alias or name), as execution merges them. */
export function collectFields(sets: readonly (SelectionSetNode | undefined)[], input: SelectionInput, applies: Applies = ALL): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  for (const { node } of fieldsIn(sets, input, applies)) {
    const key = node.alias?.value ?? node.name.value;
    const list = fields.get(key);
    if (list) list.push(node);
    else fields.set(key, [node]);
  }
  return fields;
}

/** Whether a field of this name is selected directly under the field nodes (through fragments, not excluded). */
export function selects(nodes: readonly FieldNode[], name: string, input: SelectionInput): boolean {
  return fieldsIn(nodes.map((n) => n.selectionSet), input).some((f) => f.node.name.value === name);
}
