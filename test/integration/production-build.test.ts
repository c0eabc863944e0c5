import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoverageDocument, request } from '../../src/client/index.js';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { openTestGraph, testConfig } from '../helpers/graph.js';
import { startServerProcess, type ServerProcess } from '../helpers/processes.js';
import { loadShippedGraph } from '../helpers/shipped.js';

const DIST = join(PROJECT_ROOT, 'dist');
const BUILD_INFO = join(DIST, 'build.json');
/** `npm start` itself (package.json's script), so that what is tested is what an operator runs. */
const NPM_START = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ').slice(1);
const PRODUCTION = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://strategiegraph.example', INTROSPECTION: 'true' };

/** `npm run build`, as a process. */
function build() {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result;
}

describe('the production build (npm run build, NODE_ENV=production npm start)', () => {
  let server: ServerProcess;
  let base: string;

  beforeAll(async () => {
    build();
    const graph = await openTestGraph();
    await loadShippedGraph(graph);
    await graph.close();
    server = await startServerProcess({ ...PRODUCTION, NEO4J_URI: testConfig().neo4j.uri! }, NPM_START);
    base = server.url.replace(/\/graphql$/, '');
  }, 240_000);
  afterAll(async () => {
    expect(await server?.stop()).toBe(0);
  });

  it('is compiled JavaScript without source maps, and npm start runs it rather than the sources', () => {
    expect(NPM_START).toEqual(['scripts/start.mjs']);
    const main = readFileSync(join(DIST, 'main.js'), 'utf8');
    expect(main).not.toMatch(/sourceMappingURL|:\s*Promise<void>/);
    const resolverFile = readFileSync(join(DIST, 'schema', 'build-schema.js'), 'utf8');
    // reflect-metadata still loads before type-graphql.
    expect(resolverFile.indexOf('"reflect-metadata"')).toBeGreaterThanOrEqual(0);
    expect(resolverFile.indexOf('"reflect-metadata"')).toBeLessThan(resolverFile.indexOf('"type-graphql"'));
    // The process is node on scripts/start.mjs, with no tsx loader and no --enable-source-maps.
    const cmdline = readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(cmdline.slice(1)).toEqual(['scripts/start.mjs']);
  });

  it('answers GraphQL on the test Neo4j', async () => {
    const { coverage } = await request(server.url, CoverageDocument, {});
    expect(coverage.map((c) => c.targetVision.id)).toContain('zb-datennutzung');
  });

  it('serves the dashboard with the script bundled at build time', async () => {
    const page = await fetch(`${base}/dashboard`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="/dashboard/dashboard.js">');
    const script = await fetch(`${base}/dashboard/dashboard.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toBe(readFileSync(join(DIST, 'dashboard', 'dashboard.js'), 'utf8'));
    const css = await fetch(`${base}/dashboard/dashboard.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).toBe(readFileSync(join(PROJECT_ROOT, 'src', 'dashboard', 'dashboard.css'), 'utf8'));
  });

  it('serves GraphiQL with its own assets and the example queries', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('/graphiql/start.js');
    for (const asset of ['start.js', 'graphiql.min.js', 'react.production.min.js']) {
      const response = await fetch(`${base}/graphiql/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.text()).length, asset).toBeGreaterThan(100);
    }
    const tabs = (await (await fetch(`${base}/graphiql/examples.json`)).json()) as { query: string }[];
    expect(tabs.length).toBeGreaterThan(0);
  });

  it('is refused, with a clear message and exit code 1, when it was built from other sources', () => {
    const info = readFileSync(BUILD_INFO, 'utf8');
    try {
      writeFileSync(BUILD_INFO, info.replace(/"sourceHash": "[0-9a-f]+"/, '"sourceHash": "other"'));
      const result = spawnSync(process.execPath, NPM_START, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...PRODUCTION, PORT: '0' }, timeout: 60_000 });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Strategiegraph could not start: the production build in dist\/ was made from other sources .*Run `npm run build` first/);
    } finally {
      writeFileSync(BUILD_INFO, info);
    }
  });
});
