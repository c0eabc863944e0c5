/**
 * The command line's --help in German and English: what each command, argument and option is for, and the words
 * of the help's frame (headings, the usage line). The CLI's frame (src/cli/frame.ts) builds every command's help
 * from these; `{name}` marks a value as in cli.ts.
 */
export const CLI_COMMAND_NAMES = [
  'neo4j',
  'neo4j-admin',
  'import',
  'keys',
  'keys create',
  'keys list',
  'keys revoke',
  'search',
  'touching',
  'impact',
  'path',
  'show',
  'coverage',
  'budget',
  'check',
  'export',
  'emit-schema',
  'docs',
] as const;
export type CliCommandName = (typeof CLI_COMMAND_NAMES)[number];

/** Positional arguments: the name the usage line shows, and what it is. */
export type CliArgument = 'text' | 'node' | 'from' | 'to' | 'importPaths' | 'checkPaths' | 'keyId' | 'adminArgs';

/** Options by their attribute name (--csv-dialect: csvDialect). */
export type CliOption =
  | 'lang'
  | 'json'
  | 'quiet'
  | 'csv'
  | 'csvDialect'
  | 'mermaid'
  | 'wide'
  | 'url'
  | 'token'
  | 'local'
  | 'depth'
  | 'statedOnly'
  | 'kind'
  | 'first'
  | 'by'
  | 'asOf'
  | 'validAt'
  | 'recordedAt'
  | 'exportValidAt'
  | 'dryRun'
  | 'keepEdits'
  | 'format'
  | 'out'
  | 'node'
  | 'exportDepth'
  | 'exportCsvDialect'
  | 'traversal'
  | 'of'
  | 'traversalDepth'
  | 'name'
  | 'role'
  | 'help';

/** The headings commander's help prints, by the English text it asks for. */
export type CliHelpTitle = 'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:';

export interface CliHelp {
  /** Above the list of commands. */
  readonly program: string;
  /** Under the list of commands: the exit codes (src/cli/exit-codes.ts). */
  readonly exitCodes: string;
  readonly titles: Readonly<Record<CliHelpTitle, string>>;
  /** The usage line's [options] and [command]. */
  readonly usageOptions: string;
  readonly usageCommand: string;
  /** `strategiegraph help [command]`. */
  readonly helpCommand: string;
  readonly commands: Readonly<Record<CliCommandName, string>>;
  readonly arguments: Readonly<Record<CliArgument, { readonly name: string; readonly text: string }>>;
  readonly options: Readonly<Record<CliOption, string>>;
}

export const CLI_HELP_EN: CliHelp = {
  program:
    'The knowledge graph of the Föderale Digitalstrategie on the command line: import, query, check and export it. ' +
    'German by default, English with --lang en (or STRATEGIEGRAPH_LANG=en).',
  exitCodes:
    'Exit codes: 0 done (found something), 1 failure (database or server unreachable), 2 input rejected ' +
    '(nothing was changed), 3 the query found nothing, 64 wrong command line or configuration, 77 the server refused the token.',
  titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global options:' },
  usageOptions: '[options]',
  usageCommand: '[command]',
  helpCommand: 'help on a command',
  commands: {
    neo4j: 'run the local Neo4j 5.26 (NEO4J_PORT, NEO4J_DATA) until Ctrl-C',
    'neo4j-admin': "neo4j-admin of the launcher's Neo4j on the local store (NEO4J_DATA): dump and load for backups (stop the server first)",
    import: 'validate YAML/JSON files, then write them in one transaction',
    keys: 'manage API keys (only their hashes are stored)',
    'keys create': 'create an API key; it is shown only once',
    'keys list': 'list the API keys (never the keys themselves)',
    'keys revoke': 'revoke an API key',
    search: 'search in German: exact names first, then words and parts of compounds, descriptions, typos ("Zulasung" finds "Fahrzeugzulassung")',
    touching: 'projects touching a node over dependencies, each with its path (and the Themenfelder touching it)',
    impact: 'what is affected if a node changes: projects, Zielbilder, Schwerpunktthemen, with paths',
    path: 'the shortest connection between two nodes, over any relationship',
    show: 'a node with its sources and every relationship',
    coverage: 'every Zielbild: the projects and programmes covering it (and of them inferred), known budget; uncovered Zielbilder and Ziele',
    budget: 'known budgets per Schwerpunktthema (the default), lead institution or programme; each budget counted once',
    check: 'data quality per kind: single-source, inferred and contested facts, facts published over a year ago (the database, or import files)',
    export: 'the graph or a neighbourhood as JSON (import format), CSV, XLSX, GraphML, Cypher, ArchiMate or RDF (Turtle, JSON-LD, N-Triples)',
    'emit-schema': 'write the sorted SDL to schema/schema.graphql',
    docs: 'write docs/model.md and docs/vocabulary.ttl from the model, and docs/data-quality.md from data/',
  },
  arguments: {
    text: { name: 'text', text: 'what to search for' },
    node: { name: 'node', text: 'an id, or an exact name or alias' },
    from: { name: 'from', text: 'where the path starts: an id, name or alias' },
    to: { name: 'to', text: 'where it ends' },
    importPaths: { name: 'file-or-folder', text: 'YAML or JSON files (UTF-8); a folder is one import' },
    checkPaths: { name: 'path', text: 'import files or folders to check instead of the database' },
    keyId: { name: 'id', text: "the key's id (keys list shows it)" },
    adminArgs: { name: 'arguments', text: "neo4j-admin's own arguments, e.g. database dump neo4j --to-path=backups" },
  },
  options: {
    lang: 'language of the output: de (default) or en; STRATEGIEGRAPH_LANG does the same',
    json: 'the answer as JSON on stdout (errors too)',
    quiet: 'no progress on stderr',
    csv: 'the table as CSV',
    csvDialect: 'CSV dialect: excel-de (default, German Excel) or rfc4180',
    mermaid: 'the paths as a Mermaid diagram',
    wide: 'a line per row (the table is not fitted to the terminal)',
    url: "a running server's /graphql URL (default: STRATEGIEGRAPH_URL, else the local server when it answers)",
    token: 'the API key or token for --url (or STRATEGIEGRAPH_TOKEN)',
    local: 'run in this process against Neo4j, even when a server answers',
    depth: 'how many hops to follow (default {default})',
    statedOnly: 'follow only relationships a source states (not inferred ones)',
    kind: 'only nodes of this kind (more than once: any of them)',
    first: 'at most this many hits (default 10)',
    by: 'group by focus-area (default), institution or programme',
    asOf: 'the day facts are dated against (default: the newest retrieved date)',
    validAt: 'the graph as it holds on this day (valid time; default: today)',
    recordedAt: 'the graph as recorded at this instant, e.g. 2026-12-01T12:00:00Z (recorded time; default: now)',
    exportValidAt: 'only what holds on this day (valid time; default: every fact, whatever its period; with --traversal: today)',
    dryRun: 'validate and count, write nothing',
    keepEdits: 'leave alone the nodes changed through the API since their last import',
    format: 'json, csv, xlsx, graphml, cypher, archimate, turtle, jsonld or ntriples; with --traversal ndjson (default) or csv',
    out: 'the folder to write into (needed for csv and xlsx; else stdout)',
    node: 'only the neighbourhood of this node (an id, name or alias)',
    exportDepth: 'the neighbourhood: hops around --node (default 1)',
    exportCsvDialect: 'with --format csv: excel-de (default, German Excel) or rfc4180',
    traversal: 'instead of the graph, every row of a traversal, streamed: impact or projectsTouching',
    of: 'with --traversal: the node it starts from (an id, name or alias)',
    traversalDepth: 'with --traversal: at most this many hops (the API\'s default when absent)',
    name: "who the key is for, e.g. the dashboard's name",
    role: 'viewer, editor or admin',
    help: 'show this help',
  },
};

export const CLI_HELP_DE: CliHelp = {
  program:
    'Der Wissensgraph der Föderalen Digitalstrategie auf der Kommandozeile: importieren, abfragen, prüfen und exportieren. ' +
    'Deutsch, Englisch mit --lang en (oder STRATEGIEGRAPH_LANG=en).',
  exitCodes:
    'Exit-Codes: 0 erledigt (etwas gefunden), 1 Fehler (Datenbank oder Server nicht erreichbar), 2 Eingabe abgelehnt ' +
    '(nichts wurde geändert), 3 die Abfrage fand nichts, 64 falscher Aufruf oder falsche Konfiguration, 77 der Server lehnte das Token ab.',
  titles: { 'Usage:': 'Aufruf:', 'Arguments:': 'Argumente:', 'Options:': 'Optionen:', 'Commands:': 'Befehle:', 'Global Options:': 'Globale Optionen:' },
  usageOptions: '[Optionen]',
  usageCommand: '[Befehl]',
  helpCommand: 'Hilfe zu einem Befehl',
  commands: {
    neo4j: 'das lokale Neo4j 5.26 starten (NEO4J_PORT, NEO4J_DATA), bis Strg-C',
    'neo4j-admin': 'neo4j-admin des Neo4j aus dem Launcher auf dem lokalen Speicher (NEO4J_DATA): Sichern und Laden (vorher den Server beenden)',
    import: 'YAML-/JSON-Dateien prüfen und dann in einer Transaktion schreiben',
    keys: 'API-Schlüssel verwalten (gespeichert werden nur ihre Hashes)',
    'keys create': 'einen API-Schlüssel anlegen; er wird nur einmal angezeigt',
    'keys list': 'die API-Schlüssel auflisten (nie die Schlüssel selbst)',
    'keys revoke': 'einen API-Schlüssel widerrufen',
    search: 'auf Deutsch suchen: zuerst genaue Namen, dann Wörter und Teile von Komposita, Beschreibungen, Tippfehler („Zulasung“ findet „Fahrzeugzulassung“)',
    touching: 'Vorhaben, die über Abhängigkeiten einen Knoten berühren, jedes mit seinem Pfad (und die Themenfelder, die ihn berühren)',
    impact: 'was betroffen ist, wenn sich ein Knoten ändert: Vorhaben, Zielbilder, Schwerpunktthemen, mit Pfaden',
    path: 'die kürzeste Verbindung zwischen zwei Knoten, über jede Beziehung',
    show: 'ein Knoten mit seinen Quellen und allen Beziehungen',
    coverage: 'jedes Zielbild: die Vorhaben und Programme, die es abdecken (und davon abgeleitete), bekanntes Budget; nicht abgedeckte Zielbilder und Ziele',
    budget: 'bekannte Budgets je Schwerpunktthema (Standard), federführender Institution oder Programm; jedes Budget einmal gezählt',
    check: 'Datenqualität je Art: Fakten mit nur einer Quelle, abgeleitete und umstrittene, vor über einem Jahr veröffentlichte (die Datenbank oder Importdateien)',
    export: 'der Graph oder eine Umgebung als JSON (Importformat), CSV, XLSX, GraphML, Cypher, ArchiMate oder RDF (Turtle, JSON-LD, N-Triples)',
    'emit-schema': 'das sortierte SDL nach schema/schema.graphql schreiben',
    docs: 'docs/model.md und docs/vocabulary.ttl aus dem Modell schreiben, docs/data-quality.md aus data/',
  },
  arguments: {
    text: { name: 'text', text: 'wonach gesucht wird' },
    node: { name: 'knoten', text: 'eine ID oder ein genauer Name oder Alias' },
    from: { name: 'von', text: 'wo der Pfad beginnt: eine ID, ein Name oder Alias' },
    to: { name: 'nach', text: 'wo er endet' },
    importPaths: { name: 'datei-oder-ordner', text: 'YAML- oder JSON-Dateien (UTF-8); ein Ordner ist ein Import' },
    checkPaths: { name: 'pfad', text: 'Importdateien oder -ordner, die statt der Datenbank geprüft werden' },
    keyId: { name: 'id', text: 'die ID des Schlüssels (keys list zeigt sie)' },
    adminArgs: { name: 'argumente', text: 'die Argumente von neo4j-admin, z. B. database dump neo4j --to-path=backups' },
  },
  options: {
    lang: 'Sprache der Ausgabe: de (Standard) oder en; STRATEGIEGRAPH_LANG wirkt ebenso',
    json: 'die Antwort als JSON auf stdout (auch Fehler)',
    quiet: 'kein Fortschritt auf stderr',
    csv: 'die Tabelle als CSV',
    csvDialect: 'CSV-Dialekt: excel-de (Standard, deutsches Excel) oder rfc4180',
    mermaid: 'die Pfade als Mermaid-Diagramm',
    wide: 'eine Zeile je Eintrag (die Tabelle wird nicht ans Terminal angepasst)',
    url: 'die /graphql-URL eines laufenden Servers (Standard: STRATEGIEGRAPH_URL, sonst der lokale Server, wenn er antwortet)',
    token: 'der API-Schlüssel oder das Token für --url (oder STRATEGIEGRAPH_TOKEN)',
    local: 'in diesem Prozess gegen Neo4j ausführen, auch wenn ein Server antwortet',
    depth: 'wie viele Schritte verfolgt werden (Standard {default})',
    statedOnly: 'nur Beziehungen folgen, die eine Quelle belegt (keinen abgeleiteten)',
    kind: 'nur Knoten dieser Art (mehrfach: eine davon)',
    first: 'höchstens so viele Treffer (Standard 10)',
    by: 'gruppiert nach focus-area (Standard), institution oder programme',
    asOf: 'der Tag, an dem das Alter der Fakten gemessen wird (Standard: das neueste Abrufdatum)',
    validAt: 'der Graph, wie er an diesem Tag gilt (Gültigkeitszeit; Standard: heute)',
    recordedAt: 'der Graph, wie er zu diesem Zeitpunkt aufgezeichnet war (Aufzeichnungszeit; Standard: jetzt)',
    exportValidAt: 'nur, was an diesem Tag gilt (Gültigkeitszeit; Standard: jede Tatsache, gleich wann sie gilt; mit --traversal: heute)',
    dryRun: 'prüfen und zählen, nichts schreiben',
    keepEdits: 'Knoten unangetastet lassen, die seit ihrem letzten Import über die API geändert wurden',
    format: 'json, csv, xlsx, graphml, cypher, archimate, turtle, jsonld oder ntriples; mit --traversal ndjson (Standard) oder csv',
    out: 'der Ordner, in den geschrieben wird (nötig für csv und xlsx; sonst stdout)',
    node: 'nur die Umgebung dieses Knotens (eine ID, ein Name oder Alias)',
    exportDepth: 'die Umgebung: Schritte um --node (Standard 1)',
    exportCsvDialect: 'mit --format csv: excel-de (Standard, deutsches Excel) oder rfc4180',
    traversal: 'statt des Graphen jede Zeile einer Traversierung, gestreamt: impact oder projectsTouching',
    of: 'mit --traversal: der Knoten, von dem sie ausgeht (eine ID, ein Name oder Alias)',
    traversalDepth: 'mit --traversal: höchstens so viele Schritte (ohne Angabe der Standard der API)',
    name: 'für wen der Schlüssel ist, z. B. der Name des Dashboards',
    role: 'viewer, editor oder admin',
    help: 'diese Hilfe anzeigen',
  },
};
