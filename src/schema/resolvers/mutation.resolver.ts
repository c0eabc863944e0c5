import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { roleAtLeast } from '../../domain/index.js';
import { checkLimit, ruleOf, type RelationshipType } from '../../domain/index.js';
import type { StoredNode } from '../../graph/index.js';
import { requireRole } from '../authorization.js';
import type { Context } from '../context.type.js';
import { RelationshipTypeEnum } from '../enums.js';
import { NodeInput, NodeUpdateInput, RelationshipInput } from '../inputs/mutation.inputs.js';
import { ChangeType, DeletedNodeType, RestoredNodeType } from '../types/change.type.js';
import { ImportResultType } from '../types/import.type.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Counts } from '../../graph/index.js';
import { NodeInterface } from '../types/node.interface.js';
import { RelationshipObject } from '../types/relationship.type.js';

/** A GraphQL input object as a plain import-format record: kind fields at the top, unset fields dropped. */
function plain(input: object): Record<string, unknown> {
  const { fields, ...rest } = JSON.parse(JSON.stringify(input)) as { fields?: Record<string, unknown> } & Record<string, unknown>;
  return { ...rest, ...fields };
}

/**
 * Changes to the graph. Each checks the caller's role first (editor; restore: admin), then delegates to
 * the mutation service, which validates like the import and writes the change and its history together.
 */
@Resolver()
export class MutationResolver {
  @Mutation(() => NodeInterface, { description: 'Creates a node (editor).' })
  async createNode(@Arg('input', () => NodeInput) input: NodeInput, @Ctx() ctx: Context): Promise<StoredNode> {
    requireRole(ctx, 'editor');
    return ctx.repos.mutations(ctx.actor, ctx.requestId).createNode(plain(input));
  }

  @Mutation(() => NodeInterface, {
    description: 'Changes a node (editor). expectedVersion must be the version you read: otherwise CONFLICT, nothing is overwritten.',
  })
  async updateNode(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => NodeUpdateInput) input: NodeUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<StoredNode> {
    requireRole(ctx, 'editor');
    const patch = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    return ctx.repos.mutations(ctx.actor, ctx.requestId).updateNode(id, expectedVersion, patch);
  }

  @Mutation(() => DeletedNodeType, { description: 'Deletes a node and its relationships (editor); the history keeps them.' })
  async deleteNode(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<DeletedNodeType> {
    requireRole(ctx, 'editor');
    return ctx.repos.mutations(ctx.actor, ctx.requestId).deleteNode(id, expectedVersion);
  }

  @Mutation(() => RestoredNodeType, { description: 'Restores a deleted node with its relationships from the history (admin).' })
  async restoreNode(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RestoredNodeType> {
    requireRole(ctx, 'admin');
    const { node, skipped } = await ctx.repos.mutations(ctx.actor, ctx.requestId).restoreNode(id);
    return { id: node.id, skippedRelationships: skipped };
  }

  @Mutation(() => RelationshipObject, { description: 'Creates a relationship the model allows (editor).' })
  async createRelationship(@Arg('input', () => RelationshipInput) input: RelationshipInput, @Ctx() ctx: Context): Promise<RelationshipObject> {
    requireRole(ctx, 'editor');
    const rel = await ctx.repos.mutations(ctx.actor, ctx.requestId).createRelationship(JSON.parse(JSON.stringify(input)));
    const other = await ctx.loaders.node.load(rel.to);
    return {
      ...rel,
      sources: [...rel.sources],
      category: ruleOf(rel.type).category,
      direction: 'OUT',
      node: other!, // the relationship was just created to it, so it exists
    };
  }

  @Mutation(() => Boolean, { description: 'Removes a relationship (editor).' })
  async removeRelationship(
    @Arg('from', () => ID) from: string,
    @Arg('type', () => RelationshipTypeEnum) type: RelationshipType,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    requireRole(ctx, 'editor');
    await ctx.repos.mutations(ctx.actor, ctx.requestId).removeRelationship(from, type, to);
    return true;
  }

  @Mutation(() => ImportResultType, {
    description:
      'Imports documents in the import format (admin): validated whole, then written in one transaction; every problem ' +
      'is reported (BAD_USER_INPUT with the document, entity and field) and nothing is written.',
  })
  async importDocuments(
    @Arg('documents', () => [GraphQLJSONObject]) documents: Record<string, unknown>[],
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Arg('keepEdits', () => Boolean, {
      defaultValue: false,
      description: 'Leave nodes alone that were changed through the API since they were last imported (default: replace them; `edited` lists them either way).',
    })
    keepEdits: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResultType> {
    requireRole(ctx, 'admin');
    const summary = await ctx.repos.importDocuments(documents, { dryRun, keepEdits, actor: ctx.actor });
    const rows = (counts: Readonly<Record<string, Counts>>) => Object.entries(counts).map(([name, c]) => ({ name, ...c }));
    return { dryRun: summary.dryRun, nodes: rows(summary.nodes), relationships: rows(summary.relationships), edited: [...summary.edited] };
  }

  @Query(() => [ChangeType], {
    description:
      'The changes of a node (also of its relationships), newest first: when and what for everyone; who (actor, requestId) ' +
      'only for editors and admins (API key ids, token subjects and user names are personal data).',
  })
  async history(
    @Arg('id', () => ID) id: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many (0..500).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ChangeType[]> {
    const changes = await ctx.repos.history.of(id, checkLimit('first', first, 500));
    const seesWho = roleAtLeast(ctx.actor.role, 'editor');
    return changes.map((c) => ({
      ...c,
      ...(seesWho ? {} : { actor: null, requestId: null }),
      before: c.before === null ? null : (JSON.parse(c.before) as Record<string, unknown>),
      after: c.after === null ? null : (JSON.parse(c.after) as Record<string, unknown>),
    }));
  }
}
