import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../../config/index.js';
import { printSortedSchema } from '../../schema/index.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from './command.js';

export const emitSchemaCommand: Command = {
  name: 'emit-schema',
  usage: 'emit-schema',
  summary: 'write the sorted SDL to schema/schema.graphql',
  async run() {
    writeFileSync(SCHEMA_FILE, printSortedSchema());
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    return EXIT.ok;
  },
};
