import {
  SearchNodesDocument,
  explainImpact,
  highlightParts,
  isInferred,
  loadImpact,
  suggestions,
  type Chain,
  type ExplainedImpact,
  type PathStep,
  type SearchNodesQuery,
} from '../client/index.js';
import { germanKinds, query } from './api.js';
import { errorBox, eur, h, nodeLink, show } from './dom.js';
import { impactGraph } from './impact-graph.js';

const ROLE: Record<ExplainedImpact['role'], string> = { project: 'Vorhaben', targetVision: 'Zielbild', focusArea: 'Schwerpunktthema' };
const DEPTHS = [1, 2, 3, 4, 5, 6];
const DEFAULT_DEPTH = 4;

/** stated: the analysis follows only relationships a cited source states (evidence STATED). */
const impactUrl = (of: string, depth: number, stated = false) =>
  `#/impact?of=${encodeURIComponent(of)}&depth=${depth}${stated ? '&evidence=stated' : ''}`;

const CONFIDENCE: Record<string, string> = { INFERRED: 'abgeleitet', CONTESTED: 'umstritten' };

/** An inferred or contested hop: dashed, labelled "abgeleitet" (or "umstritten"), its note on hover and on focus. */
function inferredArrow(step: PathStep, arrow: string): HTMLElement {
  const label = CONFIDENCE[step.confidence!] ?? step.confidence!.toLowerCase();
  const note = step.note ?? 'ohne Erläuterung';
  return h(
    'span',
    { class: 'rel inferred', tabindex: 0, 'data-confidence': step.confidence, 'data-note': note },
    arrow,
    h('span', { class: 'evidence' }, ` (${label})`),
    h('span', { class: 'note', role: 'tooltip' }, note),
  );
}

/** A path with each node linked to its page and each arrow pointing the way the relationship is stored. */
function pathCell(chain: Chain): HTMLElement {
  return h(
    'span',
    { class: 'path' },
    chain.nodes.map((node, i) => {
      const step = chain.relationships[i];
      const arrow = step && (step.from === node.id ? ` —${step.type}→ ` : ` ←${step.type}— `);
      return [nodeLink(node), step && arrow && (isInferred(step) ? inferredArrow(step, arrow) : h('span', { class: 'rel' }, arrow))];
    }),
  );
}

const MATCH: Record<string, string> = { EXACT: 'Name', NAME: 'im Namen', DESCRIPTION: 'in der Beschreibung', FUZZY: 'ähnlich' };

type Hit = SearchNodesQuery['search'][number];

/** Why a hit is there: its highlight, the matched words in <mark> (built as text nodes, never as HTML). */
const why = (hit: Hit) =>
  hit.highlight && h('span', { class: 'why' }, highlightParts(hit.highlight).map((p) => (p.marked ? h('mark', {}, p.text) : p.text)));

/**
 * The search box: German search as you type; picking a hit or pressing Enter runs the analysis. Each hit shows
 * its kind, how it matched and the passage that matched. When only fuzzy hits come back, they are offered as
 * "Meinten Sie …?"; when nothing comes back, the box says so and how to search instead.
 */
function searchForm(of: string, depth: number, stated: boolean): HTMLElement {
  const input = h('input', { type: 'search', name: 'of', value: of, placeholder: 'Knoten suchen, z. B. ELSTER oder Fahrzeugzulassung', 'aria-label': 'Knoten', autocomplete: 'off', required: true });
  const select = h('select', { name: 'depth', 'aria-label': 'Tiefe' }, DEPTHS.map((d) => h('option', { value: d, selected: d === depth }, `${d} Schritt${d === 1 ? '' : 'e'}`)));
  const statedOnly = h('input', { type: 'checkbox', name: 'stated', checked: stated });
  const statedLabel = h('label', { class: 'stated-only' }, statedOnly, ' Nur belegte Beziehungen (ohne abgeleitete)');
  const hits = h('ul', { class: 'hits', 'aria-label': 'Suchtreffer' });
  const status = h('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      show(status);
      return show(hits);
    }
    timer = setTimeout(async () => {
      const ticket = ++asked;
      try {
        const [{ search }, kinds] = await Promise.all([query(SearchNodesDocument, { text, first: 8 }), germanKinds()]);
        if (ticket !== asked) return;
        const fuzzy = suggestions(search);
        show(
          status,
          search.length === 0
            ? [h('strong', {}, `Keine Treffer für „${text}“.`), ' Prüfen Sie die Schreibweise, suchen Sie nach einem Teil des Namens (z. B. „Zulassung“ statt „Fahrzeugzulassung“) oder nach einer Abkürzung (z. B. „OZG“).']
            : fuzzy.length > 0
              ? [h('strong', {}, `Kein genauer Treffer für „${text}“.`), ' Meinten Sie …?']
              : `${search.length} Treffer`,
        );
        show(
          hits,
          search.map((hit) =>
            h(
              'li',
              { 'data-match': hit.match },
              h(
                'a',
                { href: impactUrl(hit.node.id, Number(select.value), statedOnly.checked), 'data-node-id': hit.node.id },
                hit.node.name,
                h('small', {}, ` ${kinds.get(hit.node.kind) ?? hit.node.kind} · ${MATCH[hit.match] ?? hit.match}`),
                why(hit),
              ),
            ),
          ),
        );
      } catch (error) {
        show(status);
        show(hits, h('li', {}, errorBox(error)));
      }
    }, 200);
  });
  return h(
    'form',
    {
      class: 'impact-form',
      role: 'search',
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = impactUrl(input.value.trim(), Number(select.value), statedOnly.checked);
      },
    },
    input,
    select,
    statedLabel,
    h('button', { type: 'submit' }, 'Analysieren'),
    status,
    hits,
  );
}

/**
 * The impact explorer: what is affected if a node changes. The affected projects, Zielbilder and
 * Schwerpunktthemen as an interactive graph and as a table, each row with the path that explains it;
 * the other affected nodes below. The URL holds the node and the depth, so an analysis can be shared.
 */
export async function impactView(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const of = params.get('of') ?? '';
  const depth = DEPTHS.includes(Number(params.get('depth'))) ? Number(params.get('depth')) : DEFAULT_DEPTH;
  const stated = params.get('evidence') === 'stated';
  const intro = [h('h1', {}, 'Auswirkungen'), h('p', { class: 'lead' }, 'Was ist betroffen, wenn sich ein IT-System, eine Leistung oder ein Vorhaben ändert? Entlang der Abhängigkeiten über Vorhaben und Programme bis zu den Zielbildern und Schwerpunktthemen. Gestrichelte, mit „abgeleitet“ markierte Schritte beruhen auf unserer Lesart der Quellen, nicht auf deren Wortlaut.'), searchForm(of, depth, stated)];
  if (!of) return show(view, intro);
  try {
    // Every page of the traversals (keyset pages of up to 1,000 rows).
    const [data, kinds] = await Promise.all([loadImpact(query, { of, maxDepth: depth, evidence: stated ? 'STATED' : 'ANY' }), germanKinds()]);
    const { impact } = data;
    const rows = explainImpact(data);
    const explained = new Set(rows.map((r) => r.node.id));
    const others = impact.affected.filter((a) => !explained.has(a.node.id));
    const table = h(
      'table',
      { class: 'impact-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Rolle'), h('th', {}, 'Knoten'), h('th', {}, 'Schritte'), h('th', {}, 'Pfad, der es erklärt'))),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            { 'data-role': row.role, 'data-node-id': row.node.id, tabindex: 0, onclick: () => select(row) },
            h('td', {}, ROLE[row.role]),
            h('td', {}, nodeLink(row.node)),
            h('td', { class: 'num' }, String(row.hops)),
            h('td', {}, pathCell(row.path)),
          ),
        ),
      ),
    );
    const graph = impactGraph(impact.of, rows, (nodeId) => {
      const row = rows.find((r) => r.node.id === nodeId) ?? rows.find((r) => r.path.nodes.some((n) => n.id === nodeId));
      select(nodeId === undefined ? undefined : row);
    });
    const select = (row: ExplainedImpact | undefined) => {
      graph.highlight(row);
      table.querySelectorAll('tbody tr').forEach((tr) => tr.classList.toggle('selected', tr.getAttribute('data-node-id') === row?.node.id));
    };
    const themeCount = impact.affected.filter((a) => a.node.kind === 'Theme').length;
    const programmeCount = impact.programmes.totalCount;
    show(
      view,
      intro,
      h(
        'p',
        { class: 'summary' },
        h('strong', {}, nodeLink(impact.of)),
        ` (${kinds.get(impact.of.kind) ?? impact.of.kind}), Tiefe ${depth}: `,
        `${impact.affected.length} betroffene Knoten, davon ${impact.projectCount} Vorhaben`,
        programmeCount > 0 && `, ${programmeCount} Programm${programmeCount === 1 ? '' : 'e'}`,
        themeCount > 0 && ` und ${themeCount} Themenfeld${themeCount === 1 ? '' : 'er'} (für nicht veröffentlichte Vorhaben)`,
        '; ',
        `${impact.targetVisionPaths.length} Zielbilder, ${impact.focusAreaPaths.length} Schwerpunktthemen; bekanntes Budget der Vorhaben ${eur(impact.totalBudgetEur)}. `,
        h('a', { href: impactUrl(impact.of.id, depth, stated), class: 'share' }, 'Link zu dieser Analyse'),
      ),
      h(
        'p',
        { class: 'evidence-summary' },
        stated
          ? 'Nur belegte Beziehungen: abgeleitete Schritte sind ausgeblendet.'
          : impact.inferredCount === 0
            ? 'Jeder betroffene Knoten ist auch über belegte Beziehungen erreichbar.'
            : `${impact.inferredCount} der betroffenen Knoten ${impact.inferredCount === 1 ? 'ist' : 'sind'} nur über abgeleitete Beziehungen erreichbar und ${impact.inferredCount === 1 ? 'entfällt' : 'entfallen'} mit „Nur belegte Beziehungen“.`,
      ),
      rows.length === 0 ? h('p', {}, 'Kein Vorhaben hängt innerhalb dieser Tiefe davon ab.') : [graph.element, table],
      others.length > 0 &&
        h(
          'details',
          { class: 'others' },
          h('summary', {}, `Weitere betroffene Knoten (${others.length})`),
          h('ul', {}, others.map((a) => h('li', {}, nodeLink(a.node), ` · ${kinds.get(a.node.kind) ?? a.node.kind} · ${a.hops} Schritt${a.hops === 1 ? '' : 'e'}`))),
        ),
    );
    if (rows.length > 0) graph.start();
  } catch (error) {
    show(view, intro, errorBox(error));
  }
}
