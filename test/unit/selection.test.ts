import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { NAVIGATIONS } from '../../src/domain/index.js';
import { planKey } from '../../src/loaders/index.js';
import { planFor } from '../../src/schema/resolvers/plan.js';
import { collectFields, fieldsIn, isIncluded, selects, type SelectionInput } from '../../src/schema/selection.js';

/** The document's first operation, its fragments and the given variables. */
function read(document: string, variables: Record<string, unknown> = {}) {
  const doc = parse(document);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const input: SelectionInput = { fragments, variables };
  return { operation, input, root: operation.selectionSet };
}

const names = (document: string, variables?: Record<string, unknown>) => {
  const { root, input } = read(document, variables);
  return fieldsIn([root], input).map((f) => `${f.on ?? '-'}:${f.node.alias?.value ?? f.node.name.value}`);
};

describe('the selection walker', () => {
  it('spreads named and inline fragments in document order, each field with the type condition around it', () => {
    expect(names('{ a ...F ... on Project { b ... on Node { c } } d } fragment F on System { e ...G } fragment G on Node { f }')).toEqual([
      '-:a',
      'System:e',
      'Node:f',
      'Project:b',
      'Node:c',
      '-:d',
    ]);
  });

  it('honours @skip and @include, with literals and with variables, on fields and on fragments', () => {
    const doc = `query ($yes: Boolean!, $no: Boolean!) {
      a @skip(if: true) b @include(if: false) c @include(if: $yes) d @skip(if: $no) e @skip(if: $yes)
      ... on Project @include(if: $no) { f } ...F @skip(if: $yes) ...F @include(if: $yes) @skip(if: $no)
    } fragment F on Node { g }`;
    expect(names(doc, { yes: true, no: false })).toEqual(['-:c', '-:d', 'Node:g']);
    expect(names(doc, { yes: false, no: true })).toEqual(['-:e', 'Project:f', 'Node:g']);
  });

  it('leaves out fragments whose type condition does not apply, with their fields', () => {
    const { root, input } = read('{ a ... on Project { b } ... on System { c } ...S } fragment S on System { d }');
    const onProject = (type: string) => type === 'Project' || type === 'Node';
    expect(fieldsIn([root], input, onProject).map((f) => f.node.name.value)).toEqual(['a', 'b']);
  });

  it('groups fields by response key as execution merges them: aliases apart, repeats together', () => {
    const { root, input } = read('{ x: projects(first: 1) { id } projects { name } ... on Query { projects { id } } y: projects { id } }');
    const fields = collectFields([root], input);
    expect([...fields.keys()]).toEqual(['x', 'projects', 'y']);
    expect(fields.get('projects')).toHaveLength(2);
    expect(fields.get('x')![0]!.name.value).toBe('projects');
  });

  it('finds a field under merged field nodes by name, not by alias, through fragments', () => {
    const { root, input } = read('{ p { ...E } p { nodes { n1 } } } fragment E on Connection { other: edges { id } }');
    const p = collectFields([root], input).get('p')!;
    expect(p).toHaveLength(2);
    expect(selects(p, 'edges', input)).toBe(true);
    expect(selects(p, 'nodes', input)).toBe(true);
    expect(selects(p, 'other', input)).toBe(false);
    expect(selects(p, 'n1', input)).toBe(false);
  });

  it('ends a cycle of fragments instead of recursing forever', () => {
    expect(names('{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }')).toEqual(['Query:a', 'Query:b']);
  });

  it('is the only code that walks selections (the generated client aside)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? files(join(dir, e)) : e.endsWith('.ts') ? [join(dir, e)] : []));
    const walking = files(join(PROJECT_ROOT, 'src'))
      .map((f) => relative(PROJECT_ROOT, f))
      .filter((f) => !f.startsWith('src/client/') && f !== 'src/schema/selection.ts')
      .filter((f) => /\.selections\b|FRAGMENT_SPREAD|INLINE_FRAGMENT|'FragmentSpread'|'InlineFragment'/.test(readFileSync(join(PROJECT_ROOT, f), 'utf8')));
    expect(walking).toEqual([]);
  });

  it('evaluates directives as execution does', () => {
    const field = (read('query ($v: Boolean) { a @include(if: $v) }').root.selections[0] as FieldNode);
    expect(isIncluded(field, { v: true })).toBe(true);
    expect(isIncluded(field, { v: false })).toBe(false);
  });
});

/** The plan of the first field of the document (a Strategy's focusAreas), as its resolver would make it in a request. */
function planOf(document: string, variables: Record<string, unknown> = {}, request: object = {}) {
  const { root, input } = read(document, variables);
  const field = root.selections[0] as FieldNode;
  const nav = NAVIGATIONS.Strategy.find((n) => n.field === 'focusAreas')!;
  const info = { fieldNodes: [field], fragments: input.fragments, variableValues: input.variables } as unknown as GraphQLResolveInfo;
  return planFor(nav, info, request)!;
}

describe('a plan and its key', () => {
  it('is the same for the same selection, however it is written', () => {
    const a = planOf('{ focusAreas { name targetVisions(first: 5) { id projects { name } } } }');
    const b = planOf(`query ($n: Int) { focusAreas { ...F } } fragment F on FocusArea { name t: targetVisions(first: $n) { ... on TargetVision { id projects { name } } } }`, { n: 5 });
    const c = planOf('{ focusAreas { name targetVisions(first: 5) { id projects { name } } x: description @skip(if: true) } }');
    expect(planKey(b)).toBe(planKey(a));
    expect(planKey(c)).toBe(planKey(a));
  });

  it('differs when the selection reads something else: a limit, a property, a field below', () => {
    const base = planKey(planOf('{ focusAreas { name targetVisions(first: 5) { id } } }'));
    expect(planKey(planOf('{ focusAreas { name targetVisions(first: 6) { id } } }'))).not.toBe(base);
    expect(planKey(planOf('{ focusAreas { name targetVisions(first: 5) { id name } } }'))).not.toBe(base);
    expect(planKey(planOf('{ focusAreas { description targetVisions(first: 5) { id } } }'))).not.toBe(base);
    expect(planKey(planOf('{ focusAreas { name targetVisions(first: 5) { id projects { id } } } }'))).not.toBe(base);
    expect(planKey(planOf('{ focusAreas { name } }'))).not.toBe(base);
  });

  it('is made once per request: a field below finds the plan the field above made for it', () => {
    const request = {};
    const { root, input } = read('{ focusAreas { targetVisions { projects { name } } } }');
    const field = root.selections[0] as FieldNode;
    const info = (nodes: readonly FieldNode[]) => ({ fieldNodes: nodes, fragments: input.fragments, variableValues: input.variables }) as unknown as GraphQLResolveInfo;
    const top = planFor(NAVIGATIONS.Strategy.find((n) => n.field === 'focusAreas')!, info([field]), request)!;
    const below = collectFields([field.selectionSet], input).get('targetVisions')!;
    const child = planFor(NAVIGATIONS.FocusArea.find((n) => n.field === 'targetVisions')!, info(below), request);
    expect(child).toBe(top.children[0]);
    expect(top.children[0]!.children[0]!.keys).toEqual(['id', 'kind', 'name']);
  });
});
