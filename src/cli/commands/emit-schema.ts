import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../../config/index.js';
import { printSortedSchema } from '../../schema/index.js';
import { EXIT } from '../exit-codes.js';
import type { CommandSpec } from './command.js';

export const emitSchemaCommand: CommandSpec = {
  name: 'emit-schema',
  async run({ io, speech }) {
    writeFileSync(SCHEMA_FILE, printSortedSchema());
    io.out(`${speech.say('wrote', { file: SCHEMA_FILE })}\n`);
    return EXIT.ok;
  },
};
