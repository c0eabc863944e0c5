export * from './create-server.js';
export * from './logger.js';
export * from './context.js';
