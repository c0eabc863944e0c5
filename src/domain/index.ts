// The model: kinds, fields, relationship rules, validation and errors. Pure TypeScript, no I/O.
export * from './kinds.js';
export * from './fields.js';
export * from './relationships.js';
export * from './navigations.js';
export * from './records.js';
export * from './errors.js';
export * from './roles.js';
export * from './validation.js';
export * from './queries.js';
export * from './search.js';
export * from './changes.js';
export * from './quality.js';
export * from './iri.js';
export * from './valid-time.js';
export * from './recorded-time.js';
export * from './diff.js';
export * from './list-page.js';
