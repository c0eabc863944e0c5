/**
 * The command line's texts in German and English (`--lang de|en`, STRATEGIEGRAPH_LANG; German by default): column
 * headings, the lines above and under the tables, and progress. `{name}` marks a value (see format() in index.ts);
 * `{args}` is the command's arguments, each with its leading space.
 * Tables speak the language; --json and --csv keep the API's codes and these English column keys, for scripts.
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
};
