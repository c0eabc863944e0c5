import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Executor } from '../neo4j/executor.js';

export interface ApiKeyInfo {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly createdAt: string;
  readonly revokedAt?: string | null;
}

const PREFIX = 'sgk';
const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * API keys: `sgk_<id>_<secret>`. Only the SHA-256 of the secret is stored (the secret is 32 random bytes,
 * so a plain hash is enough); the key itself is shown once, at creation.
 */
export class ApiKeyRepository {
  constructor(private readonly executor: Executor) {}

  async create(name: string, role: string, createdBy: string): Promise<{ key: string; info: ApiKeyInfo }> {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const [info] = await this.executor.query<ApiKeyInfo>('write/auth/api-key-create', { id, name, role, hash: hashOf(secret), createdBy });
    return { key: `${PREFIX}_${id}_${secret}`, info: info! };
  }

  async list(): Promise<ApiKeyInfo[]> {
    return this.executor.query<ApiKeyInfo>('read/auth/api-keys');
  }

  async revoke(id: string, revokedBy: string): Promise<boolean> {
    return (await this.executor.query('write/auth/api-key-revoke', { id, revokedBy })).length > 0;
  }

  static looksLikeKey(token: string): boolean {
    return token.startsWith(`${PREFIX}_`);
  }

  /** The key's id and role if it is valid and not revoked; undefined otherwise. */
  async verify(key: string): Promise<{ id: string; role: string } | undefined> {
    const match = /^sgk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(key);
    if (!match) return undefined;
    const [id, secret] = [match[1]!, match[2]!]; // both groups take part in every match
    const [row] = await this.executor.query<{ id: string; role: string; hash: string; revoked: boolean }>('read/auth/api-key', { id });
    if (!row || row.revoked) return undefined;
    const expected = Buffer.from(row.hash, 'hex');
    const actual = Buffer.from(hashOf(secret), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? { id: row.id, role: row.role } : undefined;
  }
}
