// `npm run build`: the production build in dist/, which `NODE_ENV=production npm start` and the Dockerfile run.
//  - every module of src/ (but the browser's src/dashboard) compiled by esbuild to dist/, one file per module and
//    the same folders, so that paths resolved from a module (PROJECT_ROOT, the trusted documents, GraphiQL's
//    start.js, the SPARQL worker) hold there too; no source maps (the driver captures a stack for every query);
//  - the files of src/ that are not TypeScript (JSON, .js, .mjs, .css) copied beside them;
//  - the dashboard's script bundled once, here, to dist/dashboard/dashboard.js;
//  - dist/build.json: the hash of src/ it was built from (scripts/build-info.mjs).
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { dashboardBundleOptions } from '../src/server/dashboard.js';
import { BUILD_INFO, DIST, SRC, filesUnder, sourceHash } from './build-info.mjs';

const started = performance.now();
const hash = sourceHash();
rmSync(DIST, { recursive: true, force: true });
const files = filesUnder(SRC);
const isModule = (f: string) => f.endsWith('.ts') && !f.endsWith('.d.ts');
const browser = (f: string) => f.startsWith('dashboard/');
await build({
  entryPoints: files.filter((f) => isModule(f) && !browser(f)).map((f) => join(SRC, f)),
  outdir: DIST,
  outbase: SRC,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  tsconfig: join(SRC, '..', 'tsconfig.json'),
});
for (const file of files.filter((f) => !isModule(f) && !(browser(f) && f.endsWith('.ts')))) {
  mkdirSync(dirname(join(DIST, file)), { recursive: true });
  copyFileSync(join(SRC, file), join(DIST, file));
}
await build({ ...dashboardBundleOptions(join(SRC, 'dashboard')), outfile: join(DIST, 'dashboard', 'dashboard.js') });
writeFileSync(BUILD_INFO, `${JSON.stringify({ sourceHash: hash, builtAt: new Date().toISOString() }, null, 2)}\n`);
process.stdout.write(`built dist/ (${files.length} files of src/) in ${Math.round(performance.now() - started)} ms\n`);
