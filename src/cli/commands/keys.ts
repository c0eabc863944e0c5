import { ROLES } from '../../domain/index.js';
import { ApiKeyRepository } from '../../graph/index.js';
import { connect } from '../connect.js';
import { CliError, EXIT } from '../exit-codes.js';
import type { CommandContext, CommandSpec } from './command.js';
import { oneOf } from './options.js';

/** Runs `work` with the API keys of the configured database (admins with database access). */
async function withKeys<T>({ config, speech }: CommandContext, work: (keys: ApiKeyRepository) => Promise<T>): Promise<T> {
  const graph = await connect(config, speech);
  try {
    return await work(new ApiKeyRepository(graph.executor));
  } finally {
    await graph.close();
  }
}

const by = (context: CommandContext) => `cli:${context.io.env.USER ?? 'unknown'}`;

/** `keys create`: an API key for a dashboard or a script, shown once (only its hash is stored). */
export const keysCreateCommand: CommandSpec = {
  name: 'keys create',
  options: [
    { flags: '--name <NAME>', help: 'name', required: true },
    { flags: '--role <ROLE>', help: 'role', parse: oneOf(ROLES), required: true },
  ],
  json: true,
  async run(context) {
    const { options, speech, io } = context;
    const { key, info } = await withKeys(context, (keys) => keys.create(options.name as string, options.role as string, by(context)));
    io.out(
      options.json
        ? `${JSON.stringify({ ...info, key })}\n`
        : `${speech.say('keyCreated', { id: info.id, role: info.role, name: info.name, key, prefix: key.slice(0, 8) })}\n`,
    );
    return EXIT.ok;
  },
};

export const keysListCommand: CommandSpec = {
  name: 'keys list',
  json: true,
  async run(context) {
    const { options, speech, io } = context;
    const list = await withKeys(context, (keys) => keys.list());
    const state = (revoked: boolean) => speech.say(revoked ? 'keyRevokedState' : 'keyActive');
    const width = Math.max(...[false, true].map((r) => [...state(r)].length));
    io.out(
      options.json
        ? `${JSON.stringify(list)}\n`
        : list.map((k) => `${k.id}  ${k.role.padEnd(6)}  ${state(Boolean(k.revokedAt)).padEnd(width)}  ${k.name}\n`).join(''),
    );
    return EXIT.ok;
  },
};

export const keysRevokeCommand: CommandSpec = {
  name: 'keys revoke',
  args: [{ key: 'keyId' }],
  json: true,
  async run(context) {
    const { args, options, speech, io } = context;
    const id = args[0]!;
    if (!(await withKeys(context, (keys) => keys.revoke(id, by(context))))) throw new CliError('BAD_USER_INPUT', speech.say('noActiveKey', { id }));
    io.out(options.json ? `${JSON.stringify({ id, revoked: true })}\n` : `${speech.say('keyRevoked', { id })}\n`);
    return EXIT.ok;
  },
};
