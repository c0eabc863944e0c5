import { parseArgs } from 'node:util';
import { ROLES } from '../../domain/index.js';
import { ApiKeyRepository } from '../../graph/repositories/index.js';
import { connect } from '../connect.js';
import { EXIT, UsageError } from '../exit-codes.js';
import type { Command } from './command.js';

const USAGE = 'keys create --name <name> --role viewer|editor|admin | keys list | keys revoke <id>';

/** API keys for dashboards and scripts: created and revoked here (admins with database access), shown once. */
export const keysCommand: Command = {
  name: 'keys',
  usage: 'keys create|list|revoke …',
  summary: 'manage API keys (only their hashes are stored)',
  async run(args, config) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { name: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [action, id] = positionals;
    if (action === 'create' && (!values.name || !(ROLES as readonly string[]).includes(values.role ?? ''))) {
      throw new UsageError(`usage: strategiegraph ${USAGE}`);
    }
    if (!['create', 'list', 'revoke'].includes(action ?? '') || (action === 'revoke' && !id)) throw new UsageError(`usage: strategiegraph ${USAGE}`);
    const graph = await connect(config);
    const keys = new ApiKeyRepository(graph.executor);
    const by = `cli:${process.env.USER ?? 'unknown'}`;
    try {
      if (action === 'create') {
        const { key, info } = await keys.create(values.name!, values.role!, by);
        process.stdout.write(
          values.json
            ? `${JSON.stringify({ ...info, key })}\n`
            : `Created API key ${info.id} (${info.role}) for "${info.name}". It is shown only now:\n\n  ${key}\n\nUse it as: Authorization: Bearer ${key.slice(0, 8)}…\n`,
        );
      } else if (action === 'list') {
        const list = await keys.list();
        process.stdout.write(
          values.json ? `${JSON.stringify(list)}\n` : list.map((k) => `${k.id}  ${k.role.padEnd(6)}  ${k.revokedAt ? 'revoked' : 'active '}  ${k.name}`).join('\n') + '\n',
        );
      } else {
        if (!(await keys.revoke(id!, by))) {
          process.stderr.write(`No active API key ${id}.\n`);
          return EXIT.invalidInput;
        }
        process.stdout.write(`Revoked API key ${id}.\n`);
      }
      return EXIT.ok;
    } finally {
      await graph.close();
    }
  },
};
