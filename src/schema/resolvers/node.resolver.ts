import { asOfArg, type AsOfInput } from '../inputs/as-of.input.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, MAX_RELATED_LIMIT, checkLimit, evidenceOf, nodeIri, ruleOf, type Evidence, type RelationshipType } from '../../domain/index.js';
import type { NodeView, StoredNode } from '../../graph/index.js';
import type { Context } from '../context.type.js';
import { DirectionEnum, RelationshipTypeEnum } from '../enums.js';
import { NodeInterface } from '../types/node.interface.js';
import { EvidenceType } from '../types/evidence.type.js';
import { RelationshipObject } from '../types/relationship.type.js';
import { planNodes } from './plan.js';

@Resolver(() => NodeInterface)
export class NodeResolver {
  // Both read, in one statement, the selected properties of the node and the relationship fields selected under it
  // (planNodes in plan.ts): those fields' resolvers then find their nodes primed.
  @Query(() => NodeInterface, { nullable: true, description: 'The node with this id, or null.' })
  node(@Arg('id', () => ID) id: string, @asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeView | null> {
    return ctx.loaders.planned(planNodes(info, ctx)).load(id);
  }

  @Query(() => [NodeInterface], { nullable: 'items', description: `Nodes by id, in the order asked (null where none); at most ${MAX_PAGE_SIZE}.` })
  nodes(@Arg('ids', () => [ID]) ids: string[], @asOfArg() _asOf: AsOfInput | undefined, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<(NodeView | null)[]> {
    checkLimit('number of ids', ids.length, MAX_PAGE_SIZE);
    return ctx.loaders.planned(planNodes(info, ctx)).loadMany(ids) as Promise<(NodeView | null)[]>;
  }

  // A node read for a selection with `evidence` has its sources and confidence (see NODE_FIELD_PROPERTIES in plan.ts).
  @FieldResolver(() => EvidenceType, { description: 'How firmly this node is evidenced by its own sources.' })
  evidence(@Root() node: Pick<StoredNode, 'sources' | 'confidence'>): Evidence {
    return evidenceOf(node);
  }

  @FieldResolver(() => String, {
    description: "The node's IRI (PUBLIC_BASE_URL/id/<id>). Dereference it for the node as RDF: Turtle, JSON-LD or N-Triples.",
  })
  iri(@Root() node: NodeView, @Ctx() ctx: Context): string {
    return nodeIri(ctx.publicBaseUrl, node.id);
  }

  @FieldResolver(() => [RelationshipObject], {
    description: 'The relationships of this node with their properties and sources, sorted by type and name.',
  })
  async relationships(
    @Root() node: NodeView,
    @Arg('types', () => [RelationshipTypeEnum], { nullable: true, description: 'Only these types (default: all).' })
    types: RelationshipType[] | undefined,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'BOTH' }) direction: 'OUT' | 'IN' | 'BOTH',
    @Arg('first', () => Int, { defaultValue: 100, description: `At most this many (0..${MAX_RELATED_LIMIT}).` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<RelationshipObject[]> {
    const edges = await ctx.loaders
      .relationships(types?.length ? types : null, direction, checkLimit('first', first, MAX_RELATED_LIMIT))
      .load(node.id);
    return edges.map((e) => ({
      type: e.type,
      category: ruleOf(e.type).category,
      direction: e.from === node.id ? 'OUT' : 'IN',
      from: e.from,
      to: e.to,
      node: e.other,
      validFrom: e.validFrom,
      validTo: e.validTo,
      properties: e.properties,
      sources: [...e.sources],
      confidence: e.confidence,
      note: e.note,
    }));
  }
}
