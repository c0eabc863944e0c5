import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/index.js';
import { ANALYZER_PLUGIN } from '../../src/graph/index.js';

/**
 * `docker compose config` where the Compose plugin exists; elsewhere the same loader (compose-go, with the
 * Compose Specification schema) built from tools/compose-check. No Docker engine is needed for either.
 */
function composeConfig(): { status: number | null; stdout: string; stderr: string } | undefined {
  const file = join(PROJECT_ROOT, 'docker-compose.yml');
  const env = { ...process.env, NEO4J_PASSWORD: '' };
  if (spawnSync('docker', ['compose', 'version']).status === 0) {
    return spawnSync('docker', ['compose', '-f', file, 'config', '--format', 'json'], { encoding: 'utf8', env });
  }
  if (spawnSync('go', ['version']).status !== 0) return undefined;
  mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
  const binary = join(PROJECT_ROOT, '.tmp', 'compose-check');
  const build = spawnSync('go', ['build', '-o', binary, '.'], { cwd: join(PROJECT_ROOT, 'tools', 'compose-check'), encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`could not build tools/compose-check:\n${build.stderr}`);
  return spawnSync(binary, [file], { encoding: 'utf8', env });
}

const result = composeConfig();

describe('docker-compose.yml', () => {
  it.skipIf(result === undefined)('is valid Compose: Neo4j 5.26 Community with a volume and health check, and the server built here', () => {
    expect(result!.stderr).toBe('');
    expect(result!.status).toBe(0);
    const project = JSON.parse(result!.stdout) as {
      services: Record<string, { image?: string; build?: { context: string }; command?: string[]; healthcheck?: { test: string[] }; volumes?: { source?: string; target: string; read_only?: boolean }[]; depends_on?: Record<string, { condition: string }>; environment: Record<string, string> }>;
    };
    const { neo4j, server, analyzer } = project.services;
    expect(neo4j!.image).toBe('neo4j:5.26-community');
    expect(neo4j!.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(neo4j!.volumes?.map((v) => v.target)).toContain('/data');
    // The search indexes need the project's analyzers: the plugin jar the Maven project builds, mounted as /plugins.
    const plugins = neo4j!.volumes?.find((v) => v.target === '/plugins');
    expect(plugins?.source).toBe(join(PROJECT_ROOT, 'neo4j', 'target', 'plugins'));
    expect(plugins?.read_only).toBe(true);
    expect(join(PROJECT_ROOT, 'neo4j', 'target', 'plugins', 'strategiegraph-analyzer.jar')).toBe(ANALYZER_PLUGIN);
    expect(neo4j!.depends_on?.analyzer?.condition).toBe('service_completed_successfully');
    expect(analyzer!.command).toEqual(['mvn', '-q', '-B', '-f', '/build/pom.xml', 'compile', 'jar:jar@analyzer']);
    expect(analyzer!.volumes?.find((v) => v.target === '/build')?.source).toBe(join(PROJECT_ROOT, 'neo4j'));
    expect(server!.build?.context).toBe(PROJECT_ROOT.replace(/\/$/, ''));
    expect(server!.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(server!.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(server!.environment.NEO4J_PASSWORD).toBe('strategiegraph');
    // Production (the image's NODE_ENV) needs the public base URL the IRIs are made from.
    expect(server!.environment.PUBLIC_BASE_URL).toBe('http://localhost:4000');
  }, 180_000);
});
