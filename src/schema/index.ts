export { buildGraphQLSchema, printSortedSchema } from './build-schema.js';
export type { Context } from './context.type.js';
export { requireRole } from './authorization.js';
export { fieldsIn, type SelectionInput } from './selection.js';
