import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CoverageDocument,
  CreateApiKeyDocument,
  CreateNodeDocument,
  GraphQLRequestError,
  HistoryDocument,
  RevokeApiKeyDocument,
  request,
} from '../../src/client/index.js';
import type { OidcConfig } from '../../src/config/index.js';
import { ApiKeyRepository } from '../../src/graph/index.js';
import type { Graph } from '../../src/graph/index.js';
import { createHttpServer, createLogger, type RunningServer, type ServerSettings } from '../../src/server/index.js';
import { cliInProcess } from '../helpers/cli.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { loadShippedGraph } from '../helpers/shipped.js';

const ISSUER = 'https://idp.strategiegraph.test/realms/fitko';
const AUDIENCE = 'strategiegraph';
const SOURCES = [{ url: 'https://www.it-planungsrat.de/' }];

/** A local identity provider: a JWKS endpoint and a signer, made by the test itself. */
async function localIdp() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  const sign = (claims: Record<string, unknown>, options: { key?: CryptoKey; audience?: string; expiresIn?: string | number; issuer?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject(String(claims.sub ?? 'user-1'))
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(options.key ?? privateKey);
  return { url, sign, otherKey: other.privateKey, close: () => new Promise((r) => server.close(r)) };
}

describe('authentication and roles over HTTP', () => {
  let graph: Graph;
  let idp: Awaited<ReturnType<typeof localIdp>>;
  const servers: RunningServer[] = [];

  async function serve(auth: Partial<ServerSettings['auth']>): Promise<string> {
    const config = testConfig();
    const oidc: OidcConfig = { issuer: ISSUER, audience: AUDIENCE, jwksUrl: idp.url, roleClaim: 'realm_access.roles', roleMap: { 'sg-viewer': 'viewer', 'sg-editor': 'editor', 'sg-admin': 'admin' }, clockSkewSeconds: 60 };
    const http = await createHttpServer({ executor: graph.executor, logger: createLogger('silent'), settings: { ...config, auth: { anonymousRead: true, oidc, ...auth } } });
    const running = await http.listen(0, '127.0.0.1');
    servers.push(running);
    return running.url;
  }

  const newNode = (id: string) => ({ input: { id, kind: 'Topic' as const, name: id, description: 'Test', sources: SOURCES } });
  const code = (e: unknown) => (e as GraphQLRequestError).code;
  const status = (e: unknown) => (e as GraphQLRequestError).status;

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadShippedGraph(graph);
    idp = await localIdp();
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await idp.close();
    await graph.close();
  });

  it('accepts an API key of the editor role for a mutation, and names it in the history', async () => {
    const url = await serve({});
    const { key, info } = await new ApiKeyRepository(graph.executor).create('test dashboard', 'editor', 'test');
    const { createNode } = await request(url, CreateNodeDocument, newNode('topic-key-test'), { token: key });
    expect(createNode.version).toBe(1);
    const { history } = await request(url, HistoryDocument, { id: 'topic-key-test' }, { token: key });
    expect(history[0]!.actor).toEqual({ kind: 'apiKey', subject: info.id, role: 'editor' });
  });

  it('shows anonymous readers and viewers when and what changed, but not who; editors and admins see the actor', async () => {
    const url = await serve({});
    const keys = new ApiKeyRepository(graph.executor);
    const editor = (await keys.create('privacy editor', 'editor', 'test')).key;
    const viewer = (await keys.create('privacy viewer', 'viewer', 'test')).key;
    const admin = (await keys.create('privacy admin', 'admin', 'test')).key;
    await request(url, CreateNodeDocument, newNode('topic-privacy-test'), { token: editor });
    for (const token of [undefined, viewer]) {
      const { history } = await request(url, HistoryDocument, { id: 'topic-privacy-test' }, token ? { token } : {});
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ operation: 'CREATE_NODE', targetId: 'topic-privacy-test', actor: null, requestId: null });
      expect(history[0]!.at).toMatch(/^\d{4}-\d\d-\d\d/);
      expect(history[0]!.after).toMatchObject({ id: 'topic-privacy-test' });
    }
    for (const token of [editor, admin]) {
      const { history } = await request(url, HistoryDocument, { id: 'topic-privacy-test' }, { token });
      expect(history[0]!.actor).toMatchObject({ kind: 'apiKey', role: 'editor' });
    }
  });

  it('refuses revoked, forged and malformed API keys with UNAUTHENTICATED (401)', async () => {
    const url = await serve({});
    const keys = new ApiKeyRepository(graph.executor);
    const { key, info } = await keys.create('to revoke', 'admin', 'test');
    await keys.revoke(info.id, 'test');
    const forged = `${key.slice(0, key.lastIndexOf('_') + 1)}${'A'.repeat(43)}`;
    for (const token of [key, forged, 'sgk_nonsense', `sgk_000000000000_${'B'.repeat(43)}`]) {
      const error = await request(url, CoverageDocument, {}, { token }).catch((e: unknown) => e);
      expect(code(error), token).toBe('UNAUTHENTICATED');
      expect(status(error)).toBe(401);
    }
  });

  it('creates and revokes keys with the CLI; only the hash is stored', async () => {
    // In this process, through the CLI's frame (test/integration/cli-queries.test.ts runs it as a process of its own).
    const run = async (...args: string[]) => {
      const result = await cliInProcess({ ...process.env, NEO4J_URI: testConfig().neo4j.uri }, ['keys', ...args]);
      expect(result.code, result.stderr).toBe(0);
      return result;
    };
    const created = JSON.parse((await run('create', '--name', 'cli key', '--role', 'viewer', '--json')).stdout) as { id: string; key: string };
    expect(created.key).toMatch(/^sgk_[0-9a-f]{12}_/);
    const stored = await graph.driver.executeQuery('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p', { id: created.id }, { database: 'neo4j' });
    // The secret is what follows sgk_<id>_ (it may itself contain '_').
    expect(JSON.stringify(stored.records[0]!.get('p'))).not.toContain(created.key.slice(`sgk_${created.id}_`.length));
    expect((await new ApiKeyRepository(graph.executor).verify(created.key))?.role).toBe('viewer');
    await run('revoke', created.id);
    expect(await new ApiKeyRepository(graph.executor).verify(created.key)).toBeUndefined();
  });

  it('accepts a valid OIDC token, mapping its role claim (realm_access.roles)', async () => {
    const url = await serve({});
    const token = await idp.sign({ sub: 'analyst-7', realm_access: { roles: ['offline_access', 'sg-editor'] } });
    const { createNode } = await request(url, CreateNodeDocument, newNode('topic-token-test'), { token });
    expect(createNode.id).toBe('topic-token-test');
    const { history } = await request(url, HistoryDocument, { id: 'topic-token-test' }, { token });
    expect(history[0]!.actor).toEqual({ kind: 'token', subject: 'analyst-7', role: 'editor' });
  });

  it('allows the configured clock skew, and refuses tokens beyond it', async () => {
    const url = await serve({});
    const now = Math.floor(Date.now() / 1000);
    const lately = await idp.sign({ sub: 'u', realm_access: { roles: ['sg-viewer'] } }, { expiresIn: now - 30 });
    await expect(request(url, CoverageDocument, {}, { token: lately })).resolves.toBeDefined();
    const expired = await idp.sign({ sub: 'u', realm_access: { roles: ['sg-viewer'] } }, { expiresIn: now - 120 });
    expect(code(await request(url, CoverageDocument, {}, { token: expired }).catch((e: unknown) => e))).toBe('UNAUTHENTICATED');
  });

  it('refuses forged, wrong-audience and wrong-issuer tokens with UNAUTHENTICATED', async () => {
    const url = await serve({});
    const claims = { sub: 'mallory', realm_access: { roles: ['sg-admin'] } };
    const tokens = [
      await idp.sign(claims, { key: idp.otherKey }),
      await idp.sign(claims, { audience: 'another-app' }),
      await idp.sign(claims, { issuer: 'https://evil.example' }),
      'not.a.jwt',
    ];
    for (const token of tokens) {
      const error = await request(url, CreateNodeDocument, newNode('topic-mallory'), { token }).catch((e: unknown) => e);
      expect(code(error)).toBe('UNAUTHENTICATED');
    }
    const { nodes } = await request(url, (await import('../../src/client/index.js')).NodesByIdsDocument, { ids: ['topic-mallory'] });
    expect(nodes).toEqual([null]);
  });

  it('answers FORBIDDEN to a valid token without the needed role, and UNAUTHENTICATED to no credentials', async () => {
    const url = await serve({});
    const viewer = await idp.sign({ sub: 'reader', realm_access: { roles: ['sg-viewer'] } });
    expect(code(await request(url, CreateNodeDocument, newNode('topic-x'), { token: viewer }).catch((e: unknown) => e))).toBe('FORBIDDEN');
    expect(code(await request(url, CreateNodeDocument, newNode('topic-x')).catch((e: unknown) => e))).toBe('UNAUTHENTICATED');
  });

  it('with anonymous read switched off: no credentials 401, a token without a role 403, a viewer reads', async () => {
    const url = await serve({ anonymousRead: false });
    const anonymous = await request(url, CoverageDocument, {}).catch((e: unknown) => e);
    expect([code(anonymous), status(anonymous)]).toEqual(['UNAUTHENTICATED', 401]);
    const roleless = await idp.sign({ sub: 'nobody', realm_access: { roles: ['something-else'] } });
    const forbidden = await request(url, CoverageDocument, {}, { token: roleless }).catch((e: unknown) => e);
    expect([code(forbidden), status(forbidden)]).toEqual(['FORBIDDEN', 403]);
    const viewer = await idp.sign({ sub: 'reader', realm_access: { roles: ['sg-viewer'] } });
    expect((await request(url, CoverageDocument, {}, { token: viewer })).coverage.length).toBe(5);
  });

  it('lets an admin create and revoke keys over the API; nobody else', async () => {
    const url = await serve({});
    const adminToken = await idp.sign({ sub: 'key-admin', realm_access: { roles: ['sg-admin'] } });
    const editorToken = await idp.sign({ sub: 'key-editor', realm_access: { roles: ['sg-editor'] } });
    expect(code(await request(url, CreateApiKeyDocument, { name: 'x', role: 'viewer' }, { token: editorToken }).catch((e: unknown) => e))).toBe('FORBIDDEN');
    const { createApiKey } = await request(url, CreateApiKeyDocument, { name: 'Länder-Dashboard', role: 'editor' }, { token: adminToken });
    expect(createApiKey.info).toMatchObject({ name: 'Länder-Dashboard', role: 'editor' });
    await request(url, CreateNodeDocument, newNode('topic-api-key'), { token: createApiKey.key });
    expect((await request(url, RevokeApiKeyDocument, { id: createApiKey.info.id }, { token: adminToken })).revokeApiKey).toBe(true);
    expect(code(await request(url, CoverageDocument, {}, { token: createApiKey.key }).catch((e: unknown) => e))).toBe('UNAUTHENTICATED');
    expect(code(await request(url, CreateApiKeyDocument, { name: 'x', role: 'superuser' }, { token: adminToken }).catch((e: unknown) => e))).toBe('BAD_USER_INPUT');
  });
});
