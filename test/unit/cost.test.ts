import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/schema/build-schema.js';
import { measureOperation } from '../../src/server/plugins/limits.js';

const schema = buildGraphQLSchema();

function measure(document: string, variables: Record<string, unknown> = {}) {
  const doc = parse(document);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, operation, fragments, variables);
}

describe('the cost limit reads selections as execution does (the one walker)', () => {
  it('prices a field alike directly, in an inline fragment and in a named fragment', () => {
    const direct = measure('{ projects(first: 10) { nodes { id name leadInstitutions(first: 3) { name } } } }');
    expect(measure('{ projects(first: 10) { nodes { ... on Project { id name leadInstitutions(first: 3) { name } } } } }')).toEqual(direct);
    expect(measure('{ projects(first: 10) { nodes { ...P } } } fragment P on Project { id name leadInstitutions(first: 3) { name } }')).toEqual(direct);
  });

  it('does not price what @skip and @include leave out', () => {
    const without = measure('{ projects(first: 10) { nodes { id } } }');
    const doc = 'query ($more: Boolean!) { projects(first: 10) { nodes { id leadInstitutions(first: 50) @include(if: $more) { name } } } }';
    expect(measure(doc, { more: false })).toEqual(without);
    expect(measure(doc, { more: true }).cost).toBeGreaterThan(without.cost + 10 * 50 - 1);
  });

  it('counts aliases, wherever they are written', () => {
    expect(measure('{ a: projects(first: 1) { nodes { id } } ...Q } fragment Q on Query { b: projects(first: 1) { nodes { i: id } } }').aliases).toBe(3);
  });
});
