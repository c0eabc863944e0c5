import { Kind, getNamedType, isLeafType, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../src/domain/index.js';
import { buildGraphQLSchema } from '../../src/schema/build-schema.js';
import { nodeProperties } from '../../src/schema/resolvers/plan.js';

const schema = buildGraphQLSchema();

/** The stored properties the root field of the document's first operation reads of the nodes it returns. */
function readOf(document: string, variables: Record<string, unknown> = {}): string[] | null {
  const doc = parse(document);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const returnType = schema.getQueryType()!.getFields()[field.name.value]!.type;
  const info = { schema, returnType, fieldNodes: [field], fragments, variableValues: variables } as unknown as GraphQLResolveInfo;
  const keys = nodeProperties(info);
  return keys === null ? null : [...keys].sort();
}
const keysOf = (document: string) => readOf(document);

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

  it('cover every field of every kind type, so a valid selection never reads every property', () => {
    let kinds = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getInterfaces' in type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
      const plural = Object.entries(schema.getQueryType()!.getFields()).find(([, f]) => String(f.type) === `${type.name}Connection!`)?.[0];
      if (!plural) continue;
      const fields = Object.values(type.getFields()).map((f) => (isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { __typename }`));
      expect(readOf(`{ ${plural} { nodes { ${fields.join(' ')} } } }`), type.name).not.toBeNull();
      kinds += 1;
    }
    expect(kinds).toBe(NODE_KINDS.length);
  });

  it('are read wherever the answer holds nodes: paths, traversal rows, search hits, impact lists', () => {
    expect(readOf('{ shortestPath(from: "a", to: "b") { hops nodes { id name } relationships { type sources { url } } } }')).toEqual(['id', 'kind', 'name']);
    expect(readOf('{ projectsTouching(target: "x") { nodes { hops project { name budgetEur } path { nodes { description } } } } }')).toEqual(
      ['budgetEur', 'description', 'id', 'kind', 'name'],
    );
    expect(readOf('{ search(text: "x") { score highlight node { id ... on Project { status } } } }')).toEqual(['id', 'kind', 'status']);
    expect(readOf('{ impact(of: "x") { of { name } affected { edges { node { node { note } } } } targetVisionPaths { node { id } path { nodes { sources { url } } } } } }')).toEqual(
      ['id', 'kind', 'name', 'note', 'sourcesJson'],
    );
  });

  it('leave out fields excluded by @skip and @include', () => {
    expect(readOf('query ($d: Boolean!) { projects { nodes { name description @include(if: $d) } } }', { d: false })).toEqual(['id', 'kind', 'name']);
    expect(readOf('query ($d: Boolean!) { projects { nodes { name description @include(if: $d) } } }', { d: true })).toEqual(['description', 'id', 'kind', 'name']);
  });
});
