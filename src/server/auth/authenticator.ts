import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from '../../config/index.js';
import { isRole, roleAtLeast, type Role } from '../../domain/index.js';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../../domain/index.js';
import { ApiKeyRepository } from '../../graph/index.js';

/** Who is asking: nobody, an API key, or the subject of a verified token; with their role, if any. */
export interface Principal {
  readonly kind: 'anonymous' | 'apiKey' | 'token';
  readonly subject: string;
  readonly role: Role | null;
}

export const ANONYMOUS: Principal = { kind: 'anonymous', subject: 'anonymous', role: null };


function claimAt(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

/**
 * Turns an Authorization header into a Principal: `Bearer sgk_…` is an API key (checked against its
 * stored hash, revoked keys refused), any other bearer token a JWT verified against the OIDC provider's
 * JWKS (issuer, audience, expiry with clock skew). Anything invalid is UNAUTHENTICATED.
 */
export class Authenticator {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(
    private readonly config: AuthConfig,
    private readonly keys: ApiKeyRepository,
  ) {
    this.jwks = config.oidc ? createRemoteJWKSet(new URL(config.oidc.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 }) : undefined;
  }

  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token or API key>".');
    const token = match[1]!;
    if (ApiKeyRepository.looksLikeKey(token)) {
      const key = await this.keys.verify(token);
      if (!key || !isRole(key.role)) throw new UnauthenticatedError('The API key is not valid (unknown, malformed or revoked).');
      return { kind: 'apiKey', subject: key.id, role: key.role };
    }
    return this.verifyToken(token);
  }

  /**
   * The caller of a read (GraphQL, SPARQL, linked data): anyone while ANONYMOUS_READ is on, otherwise only a caller
   * with a role of this server (no credentials: UNAUTHENTICATED; a token without a role: FORBIDDEN).
   */
  async reader(authorization: string | undefined): Promise<Principal> {
    const principal = await this.authenticate(authorization);
    if (!this.config.anonymousRead && principal.kind === 'anonymous') {
      throw new UnauthenticatedError('This server needs credentials: send "Authorization: Bearer <API key or token>".');
    }
    if (!this.config.anonymousRead && principal.role === null) throw new ForbiddenError('Your token carries no role of this server.');
    return principal;
  }

  private async verifyToken(token: string): Promise<Principal> {
    const oidc = this.config.oidc;
    if (!oidc || !this.jwks) throw new UnauthenticatedError('This server accepts API keys only (no OIDC provider is configured).');
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        issuer: oidc.issuer,
        audience: oidc.audience,
        clockTolerance: oidc.clockSkewSeconds,
        requiredClaims: ['sub', 'exp'],
      });
      const claimed = claimAt(payload, oidc.roleClaim);
      const values = Array.isArray(claimed) ? claimed : claimed === undefined ? [] : [claimed];
      const role = values
        .map((v) => (typeof v === 'string' ? oidc.roleMap[v] : undefined))
        .filter(isRole)
        .reduce<Role | null>((best, r) => (roleAtLeast(best, r) ? best : r), null);
      return { kind: 'token', subject: String(payload.sub), role };
    } catch (error) {
      // jose reports every problem with the token itself as a JOSEError; anything else (a JWKS that cannot
      // be fetched) is the identity provider's fault, not the caller's.
      if (error instanceof joseErrors.JOSEError && !(error instanceof joseErrors.JWKSTimeout)) {
        throw new UnauthenticatedError(`The token is not valid (${error.code}).`);
      }
      throw new ServiceUnavailableError('The identity provider could not be reached to verify the token.');
    }
  }
}
