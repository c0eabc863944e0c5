// The one decision which code `npm start` and the `strategiegraph` command run: under NODE_ENV=production the
// compiled JavaScript in dist/ (refusing, with a clear message and exit code 1, a build that is missing or was
// made from other sources — a production start never compiles on the fly); otherwise the TypeScript sources through
// tsx, as on a fresh clone.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DIST, ROOT, staleBuild } from './build-info.mjs';

/** Runs src/<module>.ts or dist/<module>.js, e.g. 'main' or 'cli/main'. */
export async function runEntry(module) {
  if (process.env.NODE_ENV === 'production') {
    const problem = staleBuild();
    if (problem) {
      process.stderr.write(`Strategiegraph could not start: ${problem}. Run \`npm run build\` first (NODE_ENV=production runs only the compiled server).\n`);
      process.exit(1);
    }
    await import(pathToFileURL(join(DIST, `${module}.js`)).href);
    return;
  }
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig.json (decorators) by name: tsx would otherwise look for one in the directory the command
  // is run from (the `strategiegraph` command works from any directory).
  register({ tsconfig: join(ROOT, 'tsconfig.json') });
  await import(pathToFileURL(join(ROOT, 'src', `${module}.ts`)).href);
}
