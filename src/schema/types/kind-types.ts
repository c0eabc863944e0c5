import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  INSTITUTION_TYPES,
  KIND_FIELDS,
  KIND_INFO,
  NODE_KINDS,
  PROJECT_STATUSES,
  type FieldSpec,
  type NodeKind,
} from '../../domain/index.js';
import { InstitutionTypeEnum, ProjectStatusEnum } from '../enums.js';
import { NodeInterface } from './node.interface.js';

/** The GraphQL enum for each enum field of the model, found by its list of values. */
const ENUM_OF_VALUES = new Map<readonly string[], object>([
  [PROJECT_STATUSES, ProjectStatusEnum],
  [INSTITUTION_TYPES, InstitutionTypeEnum],
]);

function graphqlTypeOf(spec: FieldSpec): () => unknown {
  switch (spec.type) {
    case 'money':
      return () => Float;
    case 'integer':
      return () => Int;
    case 'enum': {
      const enumType = ENUM_OF_VALUES.get(spec.values ?? []);
      if (!enumType) throw new Error(`No GraphQL enum for field ${spec.name}`);
      return () => enumType;
    }
    case 'string':
    case 'date':
      return () => String;
  }
}

export type KindClass = abstract new () => NodeInterface;

/**
 * One object type per kind, generated from the model: the Node fields plus the kind's own fields.
 * Relationship fields are added by the navigation resolvers.
 */
function createKindType(kind: NodeKind): KindClass {
  const cls = { [kind]: class extends NodeInterface {} }[kind]!;
  for (const spec of KIND_FIELDS[kind]) {
    Field(graphqlTypeOf(spec) as () => typeof String, { nullable: true, description: spec.description })(cls.prototype, spec.name);
  }
  ObjectType(kind, { implements: NodeInterface, description: `${KIND_INFO[kind].german}. ${KIND_INFO[kind].description}` })(cls);
  return cls;
}

export const KIND_TYPES: Readonly<Record<NodeKind, KindClass>> = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, createKindType(kind)]),
) as Record<NodeKind, KindClass>;

/** The GraphQL type of a field listing nodes of these kinds: the kind's type, or Node when several kinds. */
export function typeOfKinds(kinds: readonly NodeKind[]): KindClass | typeof NodeInterface {
  return kinds.length === 1 ? KIND_TYPES[kinds[0]!] : NodeInterface;
}
