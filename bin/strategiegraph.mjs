#!/usr/bin/env node
// The `strategiegraph` command: runs the TypeScript CLI through tsx (no build step). The project's tsconfig.json
// (decorators) is named explicitly: tsx would otherwise look for one in the directory the command is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
