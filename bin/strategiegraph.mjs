#!/usr/bin/env node
// The `strategiegraph` command: the TypeScript CLI through tsx (no build step), or under NODE_ENV=production the
// compiled one in dist/ (scripts/entry.mjs decides, as for npm start).
import { runEntry } from '../scripts/entry.mjs';

await runEntry('cli/main');
