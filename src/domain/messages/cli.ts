/**
 * The command line's texts in German and English (`--lang de|en`, STRATEGIEGRAPH_LANG; German by default): column
 * headings, the lines above and under the tables, progress, summaries and errors of every command (its --help is in
 * cli-help.ts). `{name}` marks a value (see format() in index.ts); `{args}` is the command's arguments, each with its
 * leading space.
 * Tables speak the language; --json and --csv keep the API's codes and these English column keys, for scripts; a
 * rejected import's problem lines keep their machine-readable form (file:line: entity, field 'x': message).
 */
export const CLI_COLUMNS = [
  'hops',
  'id',
  'project',
  'evidence',
  'path',
  'match',
  'score',
  'kind',
  'name',
  'matched',
  'role',
  'step',
  'from',
  'relationship',
  'to',
  'confidence',
  'note',
  'direction',
  'type',
  'sources',
  'targetVision',
  'covered',
  'projects',
  'inferred',
  'programmes',
  'themes',
  'knownBudget',
  'noBudget',
  'group',
  'projectBudget',
  'programmeBudget',
] as const;
export type CliColumn = (typeof CLI_COLUMNS)[number];

/** The columns of `check`'s quality table (and of docs/data-quality.md, in English), and its last row. */
export const QUALITY_COLUMNS = ['kind', 'nodes', 'relationships', 'singleSource', 'inferred', 'contested', 'olderThanAYear', 'withoutPublished'] as const;
export type QualityColumn = (typeof QUALITY_COLUMNS)[number];
/** The columns of `import`'s summary. */
export type ImportColumn = 'created' | 'updated' | 'unchanged' | 'kept';

export interface CliTexts {
  /** The heading of each column in tables (in --csv, the first line is the column keys). */
  readonly columns: Readonly<Record<CliColumn, string>>;
  readonly serverAt: string;
  readonly inProcess: string;
  readonly connecting: string;
  readonly running: string;
  readonly runningDepth: string;
  readonly rowsIn: string;
  readonly fitted: string;
  readonly yes: string;
  readonly no: string;
  readonly didYouMean: string;
  readonly alsoTouching: string;
  readonly statedOnly: string;
  readonly restOnInferred: string;
  readonly projectsCounted: string;
  readonly affectedCounted: string;
  readonly impactSummary: string;
  readonly impactProgrammes: string;
  readonly pathSummary: string;
  readonly showAlso: string;
  readonly showNote: string;
  readonly showEvidence: string;
  readonly showNewest: string;
  readonly showNoDate: string;
  readonly showSources: string;
  readonly coverageSummary: string;
  readonly coverageNotCovered: string;
  readonly goalsSummary: string;
  readonly goalsNotAdvanced: string;
  readonly budgetSummary: string;
  /** An API error: its code, what it means (the labels' errors) and the server's message. */
  readonly error: string;

  // Errors of the command line (exit 64 unless said otherwise) and of rejected input (exit 2).
  readonly rejected: string;
  readonly problemsFound: string;
  readonly unknownOption: string;
  readonly unknownCommand: string;
  readonly suggestion: string;
  readonly missingArgument: string;
  readonly optionMissingArgument: string;
  readonly missingOption: string;
  readonly excessArguments: string;
  readonly seeHelp: string;
  readonly mustBeWhole: string;
  readonly mustBeOneOf: string;
  readonly mustBeDay: string;
  readonly mustBeInstant: string;
  readonly langEnv: string;
  readonly oneFormat: string;
  readonly chooseOne: string;
  readonly goesWith: string;
  readonly wideGoesWithTable: string;
  readonly unknownKind: string;
  readonly noRetrieved: string;
  readonly csvNeedsOut: string;
  readonly exportNeedsFormat: string;
  readonly traversalNeedsOf: string;
  readonly xlsxNeedsOut: string;
  readonly noActiveKey: string;
  /** Exit 1: what is not there. */
  readonly noNeo4j: string;
  readonly noNeo4jConfigured: string;
  readonly noNeo4jLocal: string;
  readonly noServer: string;

  // Progress and summaries of check, import, export, keys, neo4j, docs and emit-schema.
  readonly touchingPages: string;
  readonly readingGraph: string;
  readonly qualityHeading: string;
  readonly quality: Readonly<Record<QualityColumn | 'all', string>>;
  readonly conflictsHeading: string;
  readonly none: string;
  readonly noNote: string;
  readonly importBatch: string;
  readonly importDryRun: string;
  readonly imported: string;
  readonly importNodes: string;
  readonly importRelationships: string;
  readonly importColumns: Readonly<Record<ImportColumn, string>>;
  readonly importNone: string;
  readonly editedHead: string;
  readonly editedKept: string;
  readonly editedWouldReplace: string;
  readonly editedReplaced: string;
  readonly editedLine: string;
  readonly exportAround: string;
  readonly exportReadingAll: string;
  readonly exportReadingSome: string;
  readonly exportWriting: string;
  readonly exported: string;
  readonly exportedRows: string;
  readonly wrote: string;
  readonly keyCreated: string;
  readonly keyActive: string;
  readonly keyRevokedState: string;
  readonly keyRevoked: string;
  readonly neo4jReady: string;
  readonly neo4jStopped: string;
}

export const CLI_EN: CliTexts = {
  columns: {
    hops: 'hops',
    id: 'id',
    project: 'project',
    evidence: 'evidence',
    path: 'path',
    match: 'match',
    score: 'score',
    kind: 'kind',
    name: 'name',
    matched: 'matched',
    role: 'role',
    step: 'step',
    from: 'from',
    relationship: 'relationship',
    to: 'to',
    confidence: 'confidence',
    note: 'note',
    direction: 'direction',
    type: 'type',
    sources: 'sources',
    targetVision: 'Zielbild',
    covered: 'covered',
    projects: 'projects',
    inferred: 'inferred',
    programmes: 'programmes',
    themes: 'Themenfelder',
    knownBudget: 'known budget',
    noBudget: 'no budget',
    group: 'group',
    projectBudget: 'project budget',
    programmeBudget: 'programme budget',
  },
  serverAt: 'strategiegraph {command}: server {url}',
  inProcess: 'strategiegraph {command}: in this process, Neo4j at {uri}',
  connecting: 'connecting to Neo4j at {uri}…',
  running: 'running {command}{args}…',
  runningDepth: 'running {command}{args} (depth {depth})…',
  rowsIn: '{rows} row(s) in {ms} ms',
  fitted: '(fitted to {width} columns; --wide: a line per row)',
  yes: 'yes',
  no: 'no',
  didYouMean: "No exact match for '{text}'. Did you mean: {names}?",
  alsoTouching: 'Also touching: {count} Themenfeld(er), published themes of unnamed projects (not counted as projects): {themes}',
  statedOnly: 'Stated relationships only (--stated-only).',
  restOnInferred: '{count} {what} rest on inferred hops only (no all-stated path within the depth); --stated-only leaves them out.',
  projectsCounted: 'project(s)',
  affectedCounted: 'affected node(s)',
  impactSummary:
    '{name} ({kind}), depth {depth}: {affected} affected nodes ({projects} projects, {programmes} programmes, {themes} Themenfelder, {others} others), ' +
    '{targetVisions} Zielbilder, {focusAreas} Schwerpunktthemen; known project budget {budget}.',
  impactProgrammes: ' Programmes: {programmes}.',
  pathSummary: '{hops} hop(s), {confidence}: {chain}',
  showAlso: ', also: {aliases}',
  showNote: 'note: {note}',
  showEvidence: 'evidence: {strength} ({sources} source(s) from {publishers} publisher(s){published}); confidence {confidence}',
  showNewest: ', newest published {date}',
  showNoDate: ', no published date',
  showSources: 'sources: {urls}',
  coverageSummary: '{covered} of {total} Zielbilder covered by a project or programme',
  coverageNotCovered: '; not covered: {list}',
  goalsSummary: '{covered} of {total} Ziele advanced',
  goalsNotAdvanced: '; not advanced: {list}',
  budgetSummary:
    'Known budget in the graph: {total}, of it in no single group (shared by several groups, or in none): {unassigned}. ' +
    'The counts include projects and programmes shared with other groups; the budget columns only those in this group alone.',
  error: '{code}: {message}',
  rejected: 'Rejected, nothing was written.',
  problemsFound: '{count} problem(s) found:',
  unknownOption: "Unknown option '{option}'",
  unknownCommand: "Unknown command '{command}'",
  suggestion: ' (did you mean {name}?)',
  missingArgument: "Missing argument '{argument}'",
  optionMissingArgument: "Option '{option}' needs a value",
  missingOption: "Option '{option}' is required",
  excessArguments: 'Too many arguments: {expected} expected, {got} given',
  seeHelp: "run '{usage} --help' for the arguments and options",
  mustBeWhole: "{option} must be a whole number, got '{value}'",
  mustBeOneOf: "{option} must be one of {values}, got '{value}'",
  mustBeDay: "{option} must be a day YYYY-MM-DD, got '{value}'",
  mustBeInstant: "{option} must be an instant YYYY-MM-DDTHH:MM[:SS[.sss]] with Z or an offset, got '{value}'",
  langEnv: "STRATEGIEGRAPH_LANG must be one of {values}, got '{value}'",
  oneFormat: 'choose one of --json, --csv and --mermaid',
  chooseOne: 'choose one of {a} and {b}',
  goesWith: '{option} goes with {other}',
  wideGoesWithTable: '--wide goes with the table (not --json, --csv or --mermaid)',
  unknownKind: 'unknown kind {kinds}; kinds: {all}',
  noRetrieved: 'no source carries a retrieved date: give --as-of YYYY-MM-DD',
  csvNeedsOut: '--format csv writes one file per kind and relationship type: give --out DIR',
  exportNeedsFormat: 'export needs --format (or --traversal)',
  traversalNeedsOf: '--traversal needs --of REF',
  xlsxNeedsOut: '--format xlsx writes a workbook (binary): give --out DIR',
  noActiveKey: 'No active API key {id}.',
  noNeo4j: "No Neo4j answers at {uri} as user '{user}'.",
  noNeo4jConfigured: 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
  noNeo4jLocal: 'Start the local one with `npm run neo4j`, or set NEO4J_URI.',
  noServer: 'No Strategiegraph server answers at {url} ({reason}).',
  touchingPages: 'projects: {loaded} of {total}…',
  readingGraph: 'reading the graph…',
  qualityHeading: 'Data quality as of {date} (a fact is a node or a relationship; relationships count with the kind they start at)',
  quality: {
    kind: 'kind',
    nodes: 'nodes',
    relationships: 'relationships',
    singleSource: 'single source',
    inferred: 'inferred',
    contested: 'open conflicts',
    olderThanAYear: 'published > 1 year ago',
    withoutPublished: 'no published date',
    all: 'all',
  },
  conflictsHeading: 'Open conflicts ({count}):',
  none: 'none',
  noNote: '(no note)',
  importBatch: 'writing batch {done} of {total} (one transaction, nothing is visible until the end)',
  importDryRun: 'Dry run of {files} file(s): nothing was written. The import would do this:',
  imported: 'Imported {files} file(s) in one transaction:',
  importNodes: 'nodes',
  importRelationships: 'relationships',
  importColumns: { created: 'created', updated: 'updated', unchanged: 'unchanged', kept: 'kept' },
  importNone: '{title}: none',
  editedHead: '{count} node(s) changed through the API since they were last imported, {what}',
  editedKept: 'left alone (--keep-edits):',
  editedWouldReplace: 'the import would replace them (--keep-edits leaves them alone):',
  editedReplaced: 'replaced by the import:',
  editedLine: '{id} ({kind}): {operation} at {at}',
  exportAround: 'finding the nodes within {depth} hop(s) of {id}…',
  exportReadingAll: 'reading the whole graph…',
  exportReadingSome: 'reading {nodes} nodes and the relationships among them…',
  exportWriting: 'writing {nodes} nodes and {relationships} relationships as {format}…',
  exported: 'exported {nodes} nodes and {relationships} relationships',
  exportedRows: 'exported {rows} rows of {traversal} of {name} ({id})',
  wrote: 'wrote {file}',
  keyCreated: 'Created API key {id} ({role}) for "{name}". It is shown only now:\n\n  {key}\n\nUse it as: Authorization: Bearer {prefix}…',
  keyActive: 'active',
  keyRevokedState: 'revoked',
  keyRevoked: 'Revoked API key {id}.',
  neo4jReady: "Neo4j 5.26 Community is ready at {uri} (user '{user}', data in {dir}).\nPress Ctrl-C to stop it.",
  neo4jStopped: 'Neo4j stopped.',
};

export const CLI_DE: CliTexts = {
  columns: {
    hops: 'Schritte',
    id: 'ID',
    project: 'Vorhaben',
    evidence: 'Beleg',
    path: 'Pfad',
    match: 'Treffer',
    score: 'Wert',
    kind: 'Art',
    name: 'Name',
    matched: 'gefunden in',
    role: 'Rolle',
    step: 'Schritt',
    from: 'von',
    relationship: 'Beziehung',
    to: 'zu',
    confidence: 'Gewissheit',
    note: 'Anmerkung',
    direction: 'Richtung',
    type: 'Beziehung',
    sources: 'Quellen',
    targetVision: 'Zielbild',
    covered: 'abgedeckt',
    projects: 'Vorhaben',
    inferred: 'abgeleitet',
    programmes: 'Programme',
    themes: 'Themenfelder',
    knownBudget: 'bekanntes Budget',
    noBudget: 'ohne Budget',
    group: 'Gruppe',
    projectBudget: 'Budget der Vorhaben',
    programmeBudget: 'Budget der Programme',
  },
  serverAt: 'strategiegraph {command}: Server {url}',
  inProcess: 'strategiegraph {command}: in diesem Prozess, Neo4j unter {uri}',
  connecting: 'verbinde mit Neo4j unter {uri}…',
  running: '{command}{args} läuft…',
  runningDepth: '{command}{args} läuft (Tiefe {depth})…',
  rowsIn: '{rows} Zeile(n) in {ms} ms',
  fitted: '(auf {width} Spalten umbrochen; --wide: eine Zeile je Eintrag)',
  yes: 'ja',
  no: 'nein',
  didYouMean: 'Kein genauer Treffer für „{text}“. Meinten Sie: {names}?',
  alsoTouching:
    'Außerdem berührt: {count} Themenfeld(er), veröffentlichte Themen ungenannter Vorhaben (nicht als Vorhaben gezählt): {themes}',
  statedOnly: 'Nur belegte Beziehungen (--stated-only).',
  restOnInferred: '{count} {what} beruhen nur auf abgeleiteten Schritten (kein durchgehend belegter Pfad in der Tiefe); --stated-only lässt sie weg.',
  projectsCounted: 'Vorhaben',
  affectedCounted: 'betroffene Knoten',
  impactSummary:
    '{name} ({kind}), Tiefe {depth}: {affected} betroffene Knoten ({projects} Vorhaben, {programmes} Programme, {themes} Themenfelder, {others} weitere), ' +
    '{targetVisions} Zielbilder, {focusAreas} Schwerpunktthemen; bekanntes Budget der Vorhaben {budget}.',
  impactProgrammes: ' Programme: {programmes}.',
  pathSummary: '{hops} Schritt(e), {confidence}: {chain}',
  showAlso: ', auch: {aliases}',
  showNote: 'Anmerkung: {note}',
  showEvidence: 'Beleg: {strength} ({sources} Quelle(n) von {publishers} Herausgeber(n){published}); Gewissheit {confidence}',
  showNewest: ', zuletzt veröffentlicht am {date}',
  showNoDate: ', ohne Veröffentlichungsdatum',
  showSources: 'Quellen: {urls}',
  coverageSummary: '{covered} von {total} Zielbildern durch ein Vorhaben oder Programm abgedeckt',
  coverageNotCovered: '; nicht abgedeckt: {list}',
  goalsSummary: '{covered} von {total} Zielen gefördert',
  goalsNotAdvanced: '; nicht gefördert: {list}',
  budgetSummary:
    'Bekanntes Budget im Graphen: {total}, davon keiner einzelnen Gruppe zugeordnet (mehreren Gruppen gemeinsam oder keiner): {unassigned}. ' +
    'Die Zahlen enthalten Vorhaben und Programme, die sie mit anderen Gruppen teilen; die Budgetspalten nur die dieser Gruppe allein.',
  error: '{code} – {meaning}\n{message}',
  rejected: 'Abgelehnt, nichts wurde geschrieben.',
  problemsFound: '{count} Problem(e) gefunden:',
  unknownOption: 'Unbekannte Option „{option}“',
  unknownCommand: 'Unbekannter Befehl „{command}“',
  suggestion: ' (meinten Sie {name}?)',
  missingArgument: 'Es fehlt das Argument „{argument}“',
  optionMissingArgument: 'Die Option „{option}“ braucht einen Wert',
  missingOption: 'Die Option „{option}“ fehlt',
  excessArguments: 'Zu viele Argumente: {expected} erwartet, {got} angegeben',
  seeHelp: '„{usage} --help“ zeigt Argumente und Optionen',
  mustBeWhole: '{option} muss eine ganze Zahl sein, nicht „{value}“',
  mustBeOneOf: '{option} muss eins von {values} sein, nicht „{value}“',
  mustBeDay: '{option} muss ein Tag JJJJ-MM-TT sein, nicht „{value}“',
  mustBeInstant: '{option} muss ein Zeitpunkt JJJJ-MM-TTTHH:MM[:SS[.sss]] mit Z oder Zeitzone sein, nicht „{value}“',
  langEnv: 'STRATEGIEGRAPH_LANG muss eins von {values} sein, nicht „{value}“',
  oneFormat: 'wählen Sie eins von --json, --csv und --mermaid',
  chooseOne: 'wählen Sie {a} oder {b}',
  goesWith: '{option} gehört zu {other}',
  wideGoesWithTable: '--wide gehört zur Tabelle (nicht zu --json, --csv oder --mermaid)',
  unknownKind: 'unbekannte Art {kinds}; Arten: {all}',
  noRetrieved: 'keine Quelle hat ein Abrufdatum (retrieved): geben Sie --as-of JJJJ-MM-TT an',
  csvNeedsOut: '--format csv schreibt eine Datei je Art und Beziehungstyp: geben Sie --out ORDNER an',
  exportNeedsFormat: 'export braucht --format (oder --traversal)',
  traversalNeedsOf: '--traversal braucht --of REF',
  xlsxNeedsOut: '--format xlsx schreibt eine Arbeitsmappe (binär): geben Sie --out ORDNER an',
  noActiveKey: 'Kein aktiver API-Schlüssel {id}.',
  noNeo4j: 'Unter {uri} antwortet kein Neo4j für den Benutzer „{user}“.',
  noNeo4jConfigured: 'Prüfen Sie NEO4J_URI, NEO4J_USER und NEO4J_PASSWORD.',
  noNeo4jLocal: 'Starten Sie das lokale mit `npm run neo4j`, oder setzen Sie NEO4J_URI.',
  noServer: 'Unter {url} antwortet kein Strategiegraph-Server ({reason}).',
  touchingPages: 'Vorhaben: {loaded} von {total}…',
  readingGraph: 'lese den Graphen…',
  qualityHeading:
    'Datenqualität am {date} (ein Fakt ist ein Knoten oder eine Beziehung; Beziehungen zählen bei der Art, an der sie beginnen)',
  quality: {
    kind: 'Art',
    nodes: 'Knoten',
    relationships: 'Beziehungen',
    singleSource: 'eine Quelle',
    inferred: 'abgeleitet',
    contested: 'offene Widersprüche',
    olderThanAYear: 'veröffentlicht vor > 1 Jahr',
    withoutPublished: 'ohne Veröffentlichungsdatum',
    all: 'alle',
  },
  conflictsHeading: 'Offene Widersprüche ({count}):',
  none: 'keine',
  noNote: '(keine Anmerkung)',
  importBatch: 'schreibe Stapel {done} von {total} (eine Transaktion, sichtbar erst am Ende)',
  importDryRun: 'Probelauf mit {files} Datei(en): nichts wurde geschrieben. Der Import würde Folgendes tun:',
  imported: '{files} Datei(en) in einer Transaktion importiert:',
  importNodes: 'Knoten',
  importRelationships: 'Beziehungen',
  importColumns: { created: 'neu', updated: 'geändert', unchanged: 'unverändert', kept: 'behalten' },
  importNone: '{title}: keine',
  editedHead: '{count} Knoten seit ihrem letzten Import über die API geändert, {what}',
  editedKept: 'unangetastet (--keep-edits):',
  editedWouldReplace: 'der Import würde sie ersetzen (--keep-edits lässt sie unangetastet):',
  editedReplaced: 'vom Import ersetzt:',
  editedLine: '{id} ({kind}): {operation} am {at}',
  exportAround: 'suche die Knoten im Umkreis von {depth} Schritt(en) um {id}…',
  exportReadingAll: 'lese den ganzen Graphen…',
  exportReadingSome: 'lese {nodes} Knoten und die Beziehungen zwischen ihnen…',
  exportWriting: 'schreibe {nodes} Knoten und {relationships} Beziehungen als {format}…',
  exported: '{nodes} Knoten und {relationships} Beziehungen exportiert',
  exportedRows: '{rows} Zeilen von {traversal} für {name} ({id}) exportiert',
  wrote: '{file} geschrieben',
  keyCreated:
    'API-Schlüssel {id} ({role}) für „{name}“ angelegt. Er wird nur jetzt angezeigt:\n\n  {key}\n\nSo verwenden: Authorization: Bearer {prefix}…',
  keyActive: 'aktiv',
  keyRevokedState: 'widerrufen',
  keyRevoked: 'API-Schlüssel {id} widerrufen.',
  neo4jReady: 'Neo4j 5.26 Community ist bereit unter {uri} (Benutzer „{user}“, Daten in {dir}).\nStrg-C beendet es.',
  neo4jStopped: 'Neo4j beendet.',
};
