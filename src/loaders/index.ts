export * from './loaders.js';
export * from './order-by-keys.js';
