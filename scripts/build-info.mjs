// What `npm run build` records in dist/build.json and what the production entry points check against it: a hash
// of every file under src/ (path and content), so a checkout that changed the sources is caught whatever the
// files' times say. Plain JavaScript: the compiled server must not need tsx to read it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SRC = join(ROOT, 'src');
export const DIST = join(ROOT, 'dist');
export const BUILD_INFO = join(DIST, 'build.json');

/** Every file under the folder, as sorted paths relative to it (with /). */
export function filesUnder(dir) {
  const out = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The hash of src/, or undefined where there is no src/ (the Docker image ships only dist/). */
export function sourceHash() {
  if (!existsSync(SRC)) return undefined;
  const hash = createHash('sha256');
  for (const file of filesUnder(SRC)) hash.update(file).update('\0').update(readFileSync(join(SRC, file))).update('\0');
  return hash.digest('hex');
}

/**
 * Why the compiled server cannot be run as it is (missing, or built from other sources), or undefined when it can.
 */
export function staleBuild() {
  if (!existsSync(BUILD_INFO)) return 'there is no production build (dist/build.json is missing)';
  const { sourceHash: built } = JSON.parse(readFileSync(BUILD_INFO, 'utf8'));
  const now = sourceHash();
  if (now !== undefined && now !== built) return 'the production build in dist/ was made from other sources than those in src/ now';
  return undefined;
}
