export * from './create-server.js';
export * from './logger.js';
export * from './context.js';
export * from './auth/authenticator.js';
export { measureOperation } from './plugins/limits.js';
