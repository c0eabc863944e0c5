import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { connectionNodeSelections, selectedProperties } from '../../src/schema/resolvers/plan.js';

/** The stored properties a `projects` list reads for the document's first operation. */
function keysOf(document: string): string[] | null {
  const doc = parse(document);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0]!;
  if (field.kind !== Kind.FIELD) throw new Error('a field first');
  const input = { fragments, variables: {} };
  const keys = selectedProperties(['Project'], connectionNodeSelections([field], input), input);
  return keys === null ? null : [...keys].sort();
}

describe('the properties a page reads', () => {
  it('are id and kind plus what the selected fields read', () => {
    expect(keysOf('{ projects { nodes { id name status } } }')).toEqual(['id', 'kind', 'name', 'status']);
    expect(keysOf('{ projects { totalCount } }')).toEqual(['id', 'kind']);
  });

  it('map the Node fields to their stored properties, relationship fields to none', () => {
    expect(keysOf('{ projects { nodes { sources { url } attributes version __typename leadInstitutions { name } relationships { type } } } }')).toEqual(
      ['attributesJson', 'id', 'kind', 'sourcesJson', 'version'],
    );
  });

  it('follow edges, inline fragments on the kind or on Node, and named fragments; skip fragments on other kinds and excluded fields', () => {
    const keys = keysOf(`{ projects { edges { node { ...P ... on Node { description } ... on System { operators { id } } } } nodes { ... on Project { budgetEur } } } }
      fragment P on Project { startDate ...N }
      fragment N on Node { aliases @include(if: false) }`);
    expect(keys).toEqual(['budgetEur', 'description', 'id', 'kind', 'startDate']);
  });

  it('are every property (null) when a field is not known to the table', () => {
    expect(keysOf('{ projects { nodes { id somethingNew } } }')).toBeNull();
  });
});
