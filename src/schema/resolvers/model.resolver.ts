import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { KIND_INFO, NODE_KINDS, RELATIONSHIP_TYPES, ruleOf, sourceKinds, targetKinds, type NodeKind } from '../../domain/index.js';
import { NodeKindEnum, RelationshipCategoryEnum, RelationshipTypeEnum } from '../enums.js';

@ObjectType('KindInfo')
class KindInfoType {
  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  @Field(() => String, { description: 'The German term.' })
  german!: string;

  @Field(() => String, { description: 'The name of its list field in Query.' })
  plural!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('RelationshipRule', { description: 'Which kinds a relationship type may connect.' })
class RelationshipRuleType {
  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => RelationshipCategoryEnum)
  category!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [NodeKindEnum], { description: 'Kinds it may start from.' })
  from!: NodeKind[];

  @Field(() => [NodeKindEnum], { description: 'Kinds it may lead to.' })
  to!: NodeKind[];
}

@ObjectType('Model', { description: 'The model of the graph, as data: what exists and what may connect.' })
class ModelType {
  @Field(() => [KindInfoType])
  kinds!: KindInfoType[];

  @Field(() => [RelationshipRuleType])
  relationshipTypes!: RelationshipRuleType[];
}

@Resolver()
export class ModelResolver {
  @Query(() => ModelType)
  model(): ModelType {
    return {
      kinds: NODE_KINDS.map((kind) => ({ kind, ...KIND_INFO[kind] })),
      relationshipTypes: RELATIONSHIP_TYPES.map((type) => ({
        type,
        category: ruleOf(type).category,
        description: ruleOf(type).description,
        from: NODE_KINDS.filter((k) => targetKinds(type, k).length > 0),
        to: NODE_KINDS.filter((k) => sourceKinds(type, k).length > 0),
      })),
    };
  }
}
