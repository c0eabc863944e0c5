import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/index.js';

const MANIFESTS = join(PROJECT_ROOT, 'deploy', 'kubernetes');
const BIN = join(PROJECT_ROOT, '.tools', 'bin');
let schemas = '';

/** kubeconform in strict mode against the schemas generated from Kubernetes' OpenAPI document and the CRDs. */
function kubeconform(...paths: string[]) {
  const result = spawnSync(
    join(BIN, 'kubeconform'),
    ['-strict', '-summary', '-output', 'json', '-schema-location', `${schemas}/{{.ResourceKind}}{{.KindSuffix}}.json`, ...paths],
    { encoding: 'utf8' },
  );
  return { status: result.status, report: JSON.parse(result.stdout) as { resources?: { kind: string; status: string; msg: string }[]; summary: Record<string, number> } };
}

type Manifest = { kind: string; metadata: { name: string }; spec: Record<string, any> } & Record<string, any>;
const manifests = (): Manifest[] =>
  [MANIFESTS, join(MANIFESTS, 'examples')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => d.toJS() as Manifest)),
  );

beforeAll(() => {
  // Installs kubeconform and publiccode-parser, and generates the schemas, once (then cached in .tools/).
  schemas = execFileSync('sh', [join(PROJECT_ROOT, 'scripts', 'ensure-go-tools.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
}, 600_000);

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  it('are valid for Kubernetes 1.34 and the ServiceMonitor CRD, strictly (no unknown fields)', () => {
    // kubeconform walks the folder, examples/ included.
    const { status, report } = kubeconform(MANIFESTS);
    expect(report.summary).toEqual({ valid: manifests().length, invalid: 0, errors: 0, skipped: 0 });
    expect(status).toBe(0);
  });

  it('fail validation when a field is misspelt or has the wrong type (the check is real)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-k8s-'));
    const deployment = readFileSync(join(MANIFESTS, 'deployment.yaml'), 'utf8');
    writeFileSync(join(dir, 'deployment.yaml'), deployment.replace('readOnlyRootFilesystem: true', 'readOnlyRootFileSystem: true').replace('replicas: 2', 'replicas: two'));
    writeFileSync(join(dir, 'servicemonitor.yaml'), readFileSync(join(MANIFESTS, 'servicemonitor.yaml'), 'utf8').replace('interval: 30s', 'intervall: 30s'));
    const { status, report } = kubeconform(dir);
    expect(status).not.toBe(0);
    const messages = report.resources!.map((r) => `${r.kind}: ${r.msg}`).join('\n');
    expect(messages).toMatch(/Deployment: .*\/spec\/replicas': got string, want integer/);
    expect(messages).toMatch(/Deployment: .*additional properties 'readOnlyRootFileSystem' not allowed/);
    expect(messages).toMatch(/ServiceMonitor: .*additional properties 'intervall' not allowed/);
  });

  it('hold everything the issue asks for: every kind, probes, resources, non-root, read-only root filesystem', () => {
    const all = manifests();
    expect(all.map((m) => m.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'HorizontalPodAutoscaler',
      'NetworkPolicy',
      'PodDisruptionBudget',
      'Secret',
      'Service',
      'ServiceMonitor',
    ]);
    const deployment = all.find((m) => m.kind === 'Deployment')!;
    const pod = deployment.spec.template.spec;
    const [container] = pod.containers;
    expect(container.livenessProbe.httpGet.path).toBe('/health');
    expect(container.readinessProbe.httpGet.path).toBe('/ready');
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits.memory).toEqual(expect.any(String));
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    // The configuration comes from the ConfigMap and the Secret, under the names src/config reads.
    const config = all.find((m) => m.kind === 'ConfigMap')!;
    expect(container.envFrom.map((e: Record<string, { name: string }>) => Object.keys(e)[0])).toEqual(['configMapRef', 'secretRef']);
    expect(Object.keys(config.data)).toEqual(expect.arrayContaining(['NEO4J_URI', 'METRICS_PORT', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'LOG_FORMAT']));
    const secret = all.find((m) => m.kind === 'Secret')!;
    expect(Object.keys(secret.stringData)).toEqual(expect.arrayContaining(['NEO4J_PASSWORD', 'METRICS_TOKEN']));
    // Prometheus scrapes the metrics port the server listens on, with the Secret's token.
    const metricsPort = container.ports.find((p: { name: string }) => p.name === 'metrics').containerPort;
    expect(String(metricsPort)).toBe(config.data.METRICS_PORT);
    const monitor = all.find((m) => m.kind === 'ServiceMonitor')!;
    expect(monitor.spec.endpoints[0]).toMatchObject({ port: 'metrics', path: '/metrics', authorization: { credentials: { name: secret.metadata.name, key: 'METRICS_TOKEN' } } });
    expect(all.find((m) => m.kind === 'HorizontalPodAutoscaler')!.spec.scaleTargetRef.name).toBe(deployment.metadata.name);
  });
});

describe('Dockerfile', () => {
  it('runs as a numeric non-root user and starts the compiled server with exactly one CMD', () => {
    const lines = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8').split('\n');
    const user = lines.filter((l) => l.startsWith('USER ')).pop();
    expect(user).toMatch(/^USER [1-9]\d*:[1-9]\d*$/);
    const deployment = manifests().find((m) => m.kind === 'Deployment')!;
    expect(user).toBe(`USER ${deployment.spec.template.spec.securityContext.runAsUser}:${deployment.spec.template.spec.securityContext.runAsGroup}`);
    expect(lines.filter((l) => l.startsWith('CMD '))).toEqual(['CMD ["node", "dist/main.js"]']);
  });

  it('runs the production build made in a build stage, with the runtime files and without the sources', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    const [build, run] = text.split(/^FROM /m).slice(1) as [string, string];
    expect(build).toMatch(/^node:\S+ AS build\n/);
    expect(build).toMatch(/^RUN npm run build$/m);
    expect(run).toMatch(/^ENV NODE_ENV=production$/m);
    const copied = [...run.matchAll(/^COPY (?:--from=build )?(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' ').map((p) => p.replace(/^\/app\//, '')));
    // What the compiled server reads beside dist/ (PROJECT_ROOT in src/config/paths.ts), and the entry points.
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'dist', 'cypher', 'data', 'operations', 'schema', 'bin', 'scripts/entry.mjs', 'scripts/build-info.mjs']));
    expect(copied).not.toContain('src');
    // A local dist/ never reaches the image: the build stage makes its own.
    expect(readFileSync(join(PROJECT_ROOT, '.dockerignore'), 'utf8').split('\n')).toContain('dist');
  });
});

describe('publiccode.yml', () => {
  const parse = (file: string) => spawnSync(join(BIN, 'publiccode-parser'), ['-no-network', file], { encoding: 'utf8' });

  it('is valid for the official publiccode parser, without a warning', () => {
    const result = parse(join(PROJECT_ROOT, 'publiccode.yml'));
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is refused by the parser when a required key is missing (the check is real)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategiegraph-publiccode-'));
    const text = readFileSync(join(PROJECT_ROOT, 'publiccode.yml'), 'utf8').replace(/^developmentStatus: .*$/m, '');
    writeFileSync(join(dir, 'publiccode.yml'), text);
    const result = parse(join(dir, 'publiccode.yml'));
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/developmentStatus.*required/);
  });

  it('names the version and licence that package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string; license: string };
    const doc = parseAllDocuments(readFileSync(join(PROJECT_ROOT, 'publiccode.yml'), 'utf8'))[0]!.toJS() as { softwareVersion: string; legal: { license: string } };
    expect(doc.softwareVersion).toBe(pkg.version);
    expect(doc.legal.license).toBe(pkg.license);
  });
});
