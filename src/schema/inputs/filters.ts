import { Field, Float, InputType, Int } from 'type-graphql';
import { KIND_FIELDS, type NodeKind, type RelationshipType } from '../../domain/index.js';
import {
  ConfidenceEnum,
  DirectionEnum,
  InstitutionTypeEnum,
  ProjectStatusEnum,
  RelationshipTypeEnum,
  SortDirectionEnum,
  SortFieldEnum,
} from '../enums.js';

@InputType('RelatedTo', { description: 'Keeps the nodes linked to another node over a relationship type.' })
export class RelatedToInput {
  @Field(() => String, { description: 'A node reference: id, or exact name or alias (ignoring case).' })
  node!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => DirectionEnum, { defaultValue: 'BOTH', description: 'OUT: the listed node is the source.' })
  direction!: 'OUT' | 'IN' | 'BOTH';
}

@InputType('MoneyRange')
export class MoneyRangeInput {
  @Field(() => Float, { nullable: true })
  min?: number;

  @Field(() => Float, { nullable: true })
  max?: number;
}

@InputType('OrderBy')
export class OrderByInput {
  @Field(() => SortFieldEnum, { defaultValue: 'name' })
  field!: string;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction!: 'ASC' | 'DESC';
}

/** The filter input of a list, whatever the kind (each kind gets the fields that apply to it). */
export interface ListFilter {
  nameContains?: string;
  confidence?: string;
  relatedTo?: RelatedToInput[];
  touching?: string;
  touchingDepth?: number;
  focusArea?: string;
  institution?: string;
  status?: string[];
  type?: string[];
  budgetEur?: MoneyRangeInput;
}

/** Kind-specific filter fields, derived from the kind's own fields. */
function addKindFields(cls: { prototype: object }, kind: NodeKind): void {
  const names = new Set(KIND_FIELDS[kind].map((f) => f.name));
  if (names.has('status')) Field(() => [ProjectStatusEnum], { nullable: true, description: 'Any of these statuses.' })(cls.prototype, 'status');
  if (names.has('type')) Field(() => [InstitutionTypeEnum], { nullable: true, description: 'Any of these types.' })(cls.prototype, 'type');
  if (names.has('budgetEur')) Field(() => MoneyRangeInput, { nullable: true, description: 'Published budget within the range.' })(cls.prototype, 'budgetEur');
  if (kind === 'Project') {
    Field(() => String, { nullable: true, description: 'Projects of a Schwerpunktthema (via its programmes or Zielbilder).' })(cls.prototype, 'focusArea');
  }
  if (kind === 'Project' || kind === 'Programme') {
    Field(() => String, { nullable: true, description: 'Led, funded or joined by this institution.' })(cls.prototype, 'institution');
  }
}

function createFilter(kind: NodeKind): new () => ListFilter {
  const cls = { [`${kind}Filter`]: class {} }[`${kind}Filter`]!;
  Field(() => String, { nullable: true, description: 'Name or an alias contains this text (case and accents ignored).' })(cls.prototype, 'nameContains');
  Field(() => ConfidenceEnum, { nullable: true })(cls.prototype, 'confidence');
  Field(() => [RelatedToInput], { nullable: true, description: 'All of these links must exist.' })(cls.prototype, 'relatedTo');
  Field(() => String, { nullable: true, description: 'Has a dependency path to this node (see projectsTouching).' })(cls.prototype, 'touching');
  Field(() => Int, { nullable: true, defaultValue: 3, description: 'Hops for `touching` (1..6).' })(cls.prototype, 'touchingDepth');
  addKindFields(cls, kind);
  InputType(`${kind}Filter`)(cls);
  return cls as new () => ListFilter;
}

const filters = new Map<NodeKind, new () => ListFilter>();

export function filterOf(kind: NodeKind): new () => ListFilter {
  let cls = filters.get(kind);
  if (!cls) {
    cls = createFilter(kind);
    filters.set(kind, cls);
  }
  return cls;
}
