import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_DIR, PROJECT_ROOT } from '../../config/index.js';
import {
  KIND_FIELDS,
  KIND_INFO,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  relationshipProperties,
  ruleOf,
  targetKinds,
} from '../../domain/index.js';
import { RDF_SERIALISATIONS, Terms, vocabularyQuads } from '../../graph/index.js';
import { CLI } from '../../domain/messages/index.js';
import { EXIT } from '../exit-codes.js';
import { documentOfFiles, englishKindLabel, qualityRows, reportOf } from './check.js';
import type { CommandSpec } from './command.js';

export const MODEL_DOC = join(PROJECT_ROOT, 'docs', 'model.md');
export const DATA_QUALITY_DOC = join(PROJECT_ROOT, 'docs', 'data-quality.md');
export const VOCABULARY_DOC = join(PROJECT_ROOT, 'docs', 'vocabulary.ttl');
/** The base URL docs/vocabulary.ttl is written for: the default of a local server. Each server serves its own at /vocab. */
export const VOCABULARY_DOC_BASE = 'http://localhost:4000';

/** docs/vocabulary.ttl: the vocabulary as a server on the default base URL serves it at /vocab. */
export function vocabularyTurtle(): string {
  const terms = new Terms(VOCABULARY_DOC_BASE);
  return (
    `# The Strategiegraph vocabulary (OWL), generated from src/domain and src/graph/export/rdf-mapping.ts by \`npm run docs\`.\n` +
    `# Written for the base URL ${VOCABULARY_DOC_BASE}; a server publishes it at <PUBLIC_BASE_URL>/vocab with its own base.\n\n` +
    RDF_SERIALISATIONS.turtle.write(terms, vocabularyQuads(terms))
  );
}

/** docs/model.md, written from the model itself (the same allow-lists validation and the API use). */
export function modelMarkdown(): string {
  const kinds = NODE_KINDS.map((k) => {
    const fields = KIND_FIELDS[k].map((f) => `\`${f.name}\`${f.values ? ` (${f.values.join(', ')})` : ''}`).join(', ');
    return `| ${k} | ${KIND_INFO[k].german} | \`${KIND_INFO[k].plural}\` | ${KIND_INFO[k].description} | ${fields || '–'} |`;
  });
  const rels = RELATIONSHIP_TYPES.map((t) => {
    const rule = ruleOf(t);
    const groups = rule.connects.map((g) => `${g.from === 'any' ? 'any kind' : g.from.join(', ')} → ${g.to === 'any' ? 'any kind' : g.to.join(', ')}`);
    const extra = (rule.properties ?? []).map((p) => `\`${p.name}\``).join(', ');
    return `| \`${t}\` | ${groups.join('; ')} | ${rule.category} | ${rule.description} | ${extra || '–'} |`;
  });
  const edges = RELATIONSHIP_TYPES.filter((t) => ruleOf(t).connects.every((g) => g.from !== 'any' && g.to !== 'any')).flatMap((t) =>
    NODE_KINDS.flatMap((from) => targetKinds(t, from).map((to) => `  ${from} -->|${t}| ${to}`)),
  );
  const common = relationshipProperties('LED_BY').map((p) => `\`${p.name}\``).join(', ');
  return `# The Strategiegraph model

Generated from \`src/domain\` by \`npm run docs\`; a test fails when it drifts. The same allow-lists drive
validation, the Cypher layer, the GraphQL enums and this page.

Every node has \`id\` (slug \`^[a-z0-9][a-z0-9-]{0,127}$\`, unique across the graph), \`kind\`, \`name\`,
\`aliases\`, \`description\`, \`sources\` (at least one \`{url, title?, published?, retrieved?}\`),
\`confidence\` (\`stated\`, \`inferred\` or \`contested\`), \`note\`, \`attributes\` (facts without a field of their own)
and the fields of its kind. Every relationship has \`sources\`, \`confidence\`, \`note\`, the common
properties ${common.replace(/, ([^,]*)$/, ' and $1')}, and those of its type.

## Kinds

| kind | German | list field | meaning | own fields |
|---|---|---|---|---|
${kinds.join('\n')}

## Relationship types

Relationships of category **dependency** are the ones \`projectsTouching\` and \`impact\` follow; those of
category **interoperation** (e.g. a login option) are not dependencies and are not followed. With
\`evidence: STATED\` they follow only relationships whose confidence is \`stated\`; \`impact\` then climbs from every
affected project and programme over \`CONTRIBUTES_TO\` to the Zielbilder and over \`HAS_TARGET_VISION\` to their
Schwerpunktthemen.
\`TAGGED\` may start at any kind; \`CONCERNS\` and \`DISCUSSED\` may end at any kind.

| type | from → to | category | meaning | own properties |
|---|---|---|---|---|
${rels.join('\n')}

## Diagram

(\`TAGGED\`, \`CONCERNS\` and \`DISCUSSED\`, which touch every kind, are left out.)

\`\`\`mermaid
flowchart LR
${edges.join('\n')}
\`\`\`

In the API every relationship is a field on both ends (e.g. \`Project.leadInstitutions\` and
\`Institution.ledProjects\`); \`schema/schema.graphql\` lists them all.
`;
}

/** docs/data-quality.md, computed from the shipped graph in data/ as `strategiegraph check data/` reports it. */
export function dataQualityMarkdown(): string {
  const report = reportOf(documentOfFiles([DATA_DIR]));
  if (!report) throw new Error(`no source in ${DATA_DIR} carries a retrieved date`);
  const { columns, rows } = qualityRows(report, CLI.en, englishKindLabel);
  const table = [columns, columns.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const conflicts = report.conflicts.map((c) => `- **${c.entity}**: ${c.note ?? '(no note)'}`.replace(/\s+/g, ' ')).join('\n') || '- none';
  return `# Data quality of the shipped graph

Generated from \`data/\` by \`npm run docs\` (the same report as \`strategiegraph check data/\`; without a path,
\`strategiegraph check\` reports the database); a test fails when it drifts. As of **${report.asOf}**, the newest
\`retrieved\` date of any source.

A fact is a node or a relationship; a relationship counts with the kind of node it starts at. *Single source*: cited
with exactly one source. *Inferred*: our reading of the sources (its note says why). *Open conflicts*: the sources
disagree (confidence \`contested\`; the note gives the readings). *Published > 1 year ago*: the newest \`published\`
date among its sources lies more than a year before the date above (a partial date counts as its last day).
*No published date*: none of its sources carries one.

${table}

## Open conflicts

${conflicts}
`;
}

export const docsCommand: CommandSpec = {
  name: 'docs',
  async run({ io, speech }) {
    mkdirSync(dirname(MODEL_DOC), { recursive: true });
    writeFileSync(MODEL_DOC, modelMarkdown());
    writeFileSync(DATA_QUALITY_DOC, dataQualityMarkdown());
    writeFileSync(VOCABULARY_DOC, vocabularyTurtle());
    for (const file of [MODEL_DOC, DATA_QUALITY_DOC, VOCABULARY_DOC]) io.out(`${speech.say('wrote', { file })}\n`);
    return EXIT.ok;
  },
};
