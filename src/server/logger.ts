import pino, { type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import type { LogFormat } from '../config/index.js';

/**
 * Logs with pino: JSON lines on stderr, one object per event, `{"level":"info","time":"<ISO 8601>","msg":…, …fields}`
 * (the fields of the first logger, so that log pipelines keep working). Pretty, coloured lines (pino-pretty) only
 * when stderr is a terminal and LOG_FORMAT is not `json`. Secrets never reach a line: authorization headers,
 * cookies, tokens, API keys and passwords are replaced by "[redacted]" wherever they appear (up to two levels deep).
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  readonly format?: LogFormat;
  /** Where lines go (default: stderr). Tests pass a stream of their own. */
  readonly destination?: DestinationStream & NodeJS.WritableStream;
  /** Whether the destination is a terminal (default: stderr's). */
  readonly tty?: boolean;
}

/** Field names whose values are secrets. Header names are lower-case (Node's), body fields camelCase. */
const SECRET_KEYS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'token', 'accessToken', 'refreshToken', 'idToken', 'apiKey', 'key', 'secret', 'clientSecret', 'password'];
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`);
const join = (prefix: string, k: string) => (key(k).startsWith('[') ? `${prefix}${key(k)}` : `${prefix}.${k}`);
export const REDACTED_PATHS = SECRET_KEYS.flatMap((k) => [key(k), join('*', k), join('*.*', k)]);
export const REDACTED = '[redacted]';

export function createLogger(level: Level | 'silent', options: LoggerOptions = {}): Logger {
  const tty = options.tty ?? process.stderr.isTTY === true;
  const destination =
    options.format !== 'json' && tty
      ? pretty({ destination: options.destination ?? 2, colorize: options.destination === undefined, translateTime: 'SYS:HH:MM:ss.l', sync: true })
      : (options.destination ?? pino.destination({ fd: 2, sync: true }));
  const log = pino(
    {
      level,
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
    },
    destination,
  );
  const at = (name: Level) => (msg: string, fields: Record<string, unknown> = {}) => log[name](fields, msg);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
