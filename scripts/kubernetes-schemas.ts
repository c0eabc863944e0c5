/**
 * Writes the JSON Schemas kubeconform validates deploy/kubernetes/ with, from the official definitions:
 *   - Kubernetes' OpenAPI v2 document (api/openapi-spec/swagger.json of the k8s.io/kubernetes module), one schema
 *     per kind, and
 *   - CustomResourceDefinitions (the ServiceMonitor CRD of the prometheus-operator module), one per served version.
 * The schemas are standalone (every $ref inlined) and strict (objects admit only their declared properties), the
 * way kubeconform's own schema catalogue is made (openapi2jsonschema), and named `<kind>[-<group>]-<version>.json`
 * for kubeconform's `{{.ResourceKind}}{{.KindSuffix}}.json` template.
 *
 *   tsx scripts/kubernetes-schemas.ts <swagger.json> <out-dir> [crd.yaml …]
 * Run by scripts/ensure-go-tools.sh.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

type Schema = Record<string, unknown>;

const INT_OR_STRING: Schema = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
/** Kubernetes accepts quantities as strings ("500m", "256Mi") and as plain numbers. */
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

function fileName(kind: string, group: string, version: string): string {
  return `${kind.toLowerCase()}${group === '' ? '' : `-${group.split('.')[0]}`}-${version}.json`;
}

/** Inlines refs, makes objects strict, and writes int-or-string as what it is. */
function convert(schema: unknown, definitions: Record<string, Schema>, seen: readonly string[]): unknown {
  if (Array.isArray(schema)) return schema.map((s) => convert(s, definitions, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Schema;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/definitions/', '');
    if (name === QUANTITY) return { oneOf: [{ type: 'string' }, { type: 'number' }] };
    // A recursive type (none in the kinds deployed here) stays open below its first level.
    if (seen.includes(name)) return {};
    const target = definitions[name];
    if (!target) throw new Error(`unknown definition ${name}`);
    return convert(target, definitions, [...seen, name]);
  }
  if (s.format === 'int-or-string' || s['x-kubernetes-int-or-string'] === true) return INT_OR_STRING;
  const out: Schema = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([p, v]) => [p, convert(v, definitions, seen)]));
    } else if (key !== 'description' && !key.startsWith('x-kubernetes-')) {
      out[key] = convert(value, definitions, seen);
    }
  }
  if (out.properties && out.additionalProperties === undefined && s['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

function withIdentity(schema: Schema, group: string, version: string, kind: string): Schema {
  const properties = { ...(schema.properties as Schema) };
  properties.apiVersion = { type: 'string', enum: [group === '' ? version : `${group}/${version}`] };
  properties.kind = { type: 'string', enum: [kind] };
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...schema, properties };
}

function main(): void {
  const [swaggerFile, outDir, ...crdFiles] = process.argv.slice(2);
  if (!swaggerFile || !outDir) throw new Error('usage: kubernetes-schemas.ts <swagger.json> <out-dir> [crd.yaml …]');
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  const definitions = (JSON.parse(readFileSync(swaggerFile, 'utf8')) as { definitions: Record<string, Schema> }).definitions;
  for (const [name, definition] of Object.entries(definitions)) {
    const gvks = definition['x-kubernetes-group-version-kind'] as { group: string; version: string; kind: string }[] | undefined;
    // Only the kinds of the API itself (one group-version-kind); list and option types name several.
    if (gvks?.length !== 1 || !definition.properties) continue;
    const { group, version, kind } = gvks[0]!;
    const schema = withIdentity(convert(definition, definitions, [name]) as Schema, group, version, kind);
    writeFileSync(join(outDir, fileName(kind, group, version)), JSON.stringify(schema));
    written += 1;
  }
  for (const file of crdFiles) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const crd = doc.toJS() as { kind?: string; spec: { group: string; names: { kind: string }; versions: { name: string; schema: { openAPIV3Schema: Schema } }[] } };
      if (crd.kind !== 'CustomResourceDefinition') continue;
      for (const v of crd.spec.versions) {
        const schema = withIdentity(convert(v.schema.openAPIV3Schema, {}, []) as Schema, crd.spec.group, v.name, crd.spec.names.kind);
        writeFileSync(join(outDir, fileName(crd.spec.names.kind, crd.spec.group, v.name)), JSON.stringify(schema));
        written += 1;
      }
    }
  }
  process.stdout.write(`${written} schemas in ${outDir}\n`);
}

main();
