import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  checkChangeWindow,
  checkLimit,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  ruleOf,
  type NodeKind,
  type RelationshipType,
} from '../../domain/index.js';
import { cursorAt, type StoredNode } from '../../graph/index.js';
import { requireRole } from '../authorization.js';
import type { Context } from '../context.type.js';
import { NodeKindEnum, RelationshipTypeEnum } from '../enums.js';
import { NodeInput, NodeUpdateInput, RelationshipInput } from '../inputs/mutation.inputs.js';
import { ChangeConnectionType, ChangeType, changeOf, DeletedNodeType, RestoredNodeType } from '../types/change.type.js';
import { ImportResultType } from '../types/import.type.js';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
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
    return changes.map((c) => changeOf(c, ctx.actor.role));
  }

  @Query(() => ChangeConnectionType, {
    description:
      'What changed: every entry of the append-only history (nodes and relationships created, updated, deleted, restored, ' +
      'imported) recorded in [since, until) (until: default now), oldest first (at, then id), paged (first: 0..100, ' +
      'after: the endCursor of the previous page; since after until or a foreign cursor is BAD_USER_INPUT). Each ' +
      'change names its fields before → after; who (actor, requestId) only for editors and admins. kinds: only ' +
      'changes of a node of those kinds, or of a relationship with an end of those kinds; the kind of an end is the ' +
      'one its own history recorded last at or before the change (so a deleted node keeps its kind), else the ' +
      "current node's (nodes older than the history).",
  })
  async changes(
    @Arg('since', () => GraphQLDateTime, { description: 'From this instant (inclusive).' }) since: Date,
    @Arg('until', () => GraphQLDateTime, { nullable: true, description: 'Until this instant (exclusive); default now.' }) until: Date | null | undefined,
    @Arg('kinds', () => [NodeKindEnum], { nullable: true, description: 'Only changes touching nodes of these kinds.' }) kinds: NodeKind[] | null | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most this many (0..${MAX_PAGE_SIZE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ChangeConnectionType> {
    const limit = checkLimit('first', first, MAX_PAGE_SIZE);
    const window = checkChangeWindow(since, until ?? new Date());
    const offset = after == null ? 0 : decodeCursor(after) + 1;
    const rows = await ctx.repos.history.between({ ...window, kinds: kinds ?? null, offset, limit: limit + 1 });
    const edges = rows.slice(0, limit).map((c, i) => ({ cursor: cursorAt(offset, i), node: changeOf(c, ctx.actor.role) }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
