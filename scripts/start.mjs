// `npm start`: the compiled server under NODE_ENV=production, else src/main.ts through tsx (scripts/entry.mjs).
import { runEntry } from './entry.mjs';

await runEntry('main');
