import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ROLES, type Role } from '../../domain/index.js';
import { DomainError } from '../../domain/index.js';
import { requireRole } from '../authorization.js';
import type { Context } from '../context.type.js';

@ObjectType('ApiKey', { description: 'An API key (its secret is never shown again after creation).' })
class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => String, { nullable: true })
  revokedAt?: string | null;
}

@ObjectType('CreatedApiKey')
class CreatedApiKeyType {
  @Field(() => ApiKeyType)
  info!: ApiKeyType;

  @Field(() => String, { description: 'The key, shown this once: Authorization: Bearer <key>.' })
  key!: string;
}

/** Key management for admins (the CLI's `keys` command does the same with database access). */
@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyType], { description: 'All API keys, revoked ones included (admin).' })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKeyType[]> {
    requireRole(ctx, 'admin');
    return ctx.repos.apiKeys.list();
  }

  @Mutation(() => CreatedApiKeyType, { description: 'Creates an API key with a role: viewer, editor or admin (admin).' })
  async createApiKey(@Arg('name', () => String) name: string, @Arg('role', () => String) role: string, @Ctx() ctx: Context): Promise<CreatedApiKeyType> {
    requireRole(ctx, 'admin');
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new DomainError('BAD_USER_INPUT', `role must be one of ${ROLES.join(', ')}`, { argument: 'role' });
    }
    if (name.trim() === '') throw new DomainError('BAD_USER_INPUT', 'name is empty', { argument: 'name' });
    return ctx.repos.apiKeys.create(name.trim(), role as Role, `${ctx.actor.kind}:${ctx.actor.subject}`);
  }

  @Mutation(() => Boolean, { description: 'Revokes an API key at once (admin).' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    requireRole(ctx, 'admin');
    return ctx.repos.apiKeys.revoke(id, `${ctx.actor.kind}:${ctx.actor.subject}`);
  }
}
