import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { LAUNCHER_DIR, PROJECT_ROOT, type Config } from '../../config/index.js';

/**
 * The project's own Neo4j 5.26 Community server: built from Maven artifacts by neo4j/pom.xml and run
 * embedded by de.strategiegraph.neo4j.Launcher. Used by `npm run neo4j`, `npm start`, tests and benchmarks.
 */
export interface LocalNeo4jOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** The Neo4j home folder; the store lives under <dataDir>/data. */
  readonly dataDir: string;
  readonly user: string;
  readonly password: string;
  readonly heapMb?: number;
  readonly pageCacheMb?: number;
  /** Stop the server when this process dies (closes the server's stdin). */
  readonly tiedToParent?: boolean;
  readonly log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  /** SIGTERM, then wait for the store to close. */
  stop(): Promise<void>;
  /** Resolves when the process has exited, whoever stopped it. */
  readonly exited: Promise<number | null>;
}

const TARGET = join(LAUNCHER_DIR, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const LAUNCHER_CLASS = join(TARGET, 'classes', 'de', 'strategiegraph', 'neo4j', 'Launcher.class');
/** The full-text analyzers as a Neo4j plugin, for a Neo4j server (docker-compose.yml mounts target/plugins). */
export const ANALYZER_PLUGIN = join(TARGET, 'plugins', 'strategiegraph-analyzer.jar');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(LAUNCHER_CLASS) || !existsSync(ANALYZER_PLUGIN)) return false;
  // Maven rewrites classpath.txt only when the dependencies change, so each output is compared with its own input.
  const sources = newestSource(join(LAUNCHER_DIR, 'src'));
  return (
    statSync(CLASSPATH_FILE).mtimeMs >= statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs &&
    statSync(LAUNCHER_CLASS).mtimeMs >= sources &&
    statSync(ANALYZER_PLUGIN).mtimeMs >= sources
  );
}

/**
 * Compiles the launcher and the analyzers, packs the analyzer plugin and resolves the Neo4j jars through Maven,
 * once; returns the Java classpath (the launcher's classes include the analyzers and their service file).
 */
export function buildLauncher(log: (line: string) => void = () => {}): string {
  if (!isBuilt()) {
    log('Building the Neo4j launcher with Maven (the first run downloads Neo4j 5.26 from Maven Central)…');
    const result = spawnSync(
      'mvn',
      ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'compile', 'jar:jar@analyzer', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (result.error || result.status !== 0) {
      const output = `${result.error?.message ?? ''}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
      throw new Error(`Maven could not build the Neo4j launcher (neo4j/pom.xml):\n${output.split('\n').slice(-30).join('\n')}`);
    }
    // Maven leaves classpath.txt alone when the dependencies did not change: mark it as built from this pom.xml.
    const now = new Date();
    utimesSync(CLASSPATH_FILE, now, now);
  }
  return `${join(TARGET, 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/** Starts the server and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const classpath = buildLauncher(log);
  const home = resolve(PROJECT_ROOT, options.dataDir);
  mkdirSync(home, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xmx${options.heapMb ?? 2048}m`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-cp',
      classpath,
      'de.strategiegraph.neo4j.Launcher',
      '--port',
      String(options.port),
      '--data',
      home,
      '--exit-on-stdin-eof',
      String(options.tiedToParent ?? true),
    ],
    {
      env: {
        ...process.env,
        NEO4J_USER: options.user,
        NEO4J_PASSWORD: options.password,
        NEO4J_PAGECACHE_MB: String(options.pageCacheMb ?? 512),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const port = await waitForReady(child, exited, log);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitForReady(child: ChildProcess, exited: Promise<number | null>, log: (line: string) => void): Promise<number> {
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 40) stderr.shift();
  });
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within 180 s:\n${stderr.join('\n')}`));
    }, 180_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^NEO4J_READY bolt:\/\/[^:]+:(\d+)$/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolveReady(Number(ready[1]));
      } else if (line !== 'NEO4J_STOPPED') {
        log(line);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited (code ${code}) before it was ready:\n${stderr.join('\n')}`));
    });
  });
}

/** The configured local server (NEO4J_PORT, NEO4J_DATA, credentials, memory). */
export function startConfiguredNeo4j(config: Config, log?: (line: string) => void): Promise<LocalNeo4j> {
  return startLocalNeo4j({
    port: config.local.port,
    dataDir: config.local.dataDir,
    user: config.neo4j.user,
    password: config.neo4j.password,
    heapMb: config.local.heapMb,
    pageCacheMb: config.local.pageCacheMb,
    log,
  });
}

/**
 * `neo4j-admin <args>` of the launcher's Neo4j 5.26 (org.neo4j.cli.AdminTool from the same Maven artifacts) on the
 * local store in `dataDir`, e.g. `database dump neo4j --to-path=backups` (with the server stopped: Community dumps
 * offline). Output goes to `log`; resolves with the exit code.
 */
export async function runNeo4jAdmin(dataDir: string, args: readonly string[], log: (line: string) => void = () => {}): Promise<number> {
  const classpath = buildLauncher(log);
  const home = resolve(PROJECT_ROOT, dataDir);
  const conf = join(home, 'conf');
  mkdirSync(conf, { recursive: true });
  if (!existsSync(join(conf, 'neo4j.conf'))) writeFileSync(join(conf, 'neo4j.conf'), '# neo4j-admin on the launcher\'s store (the launcher configures the server itself)\n');
  const child = spawn('java', ['-Xmx1g', '-cp', classpath, 'org.neo4j.cli.AdminTool', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  createInterface({ input: child.stdout! }).on('line', log);
  createInterface({ input: child.stderr! }).on('line', log);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => done(code ?? 1));
  });
}
