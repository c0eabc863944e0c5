import type { Config } from '../../config/index.js';

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[], config: Config): Promise<number>;
}
