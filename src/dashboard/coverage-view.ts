import { CoverageMatrixDocument, FocusAreaProjectsDocument, type CoverageMatrixQuery, type FocusAreaProjectsQuery } from '../client/index.js';
import { germanKinds, query } from './api.js';
import { errorBox, eur, h, nodeLink, show } from './dom.js';

type Project = FocusAreaProjectsQuery['projects']['nodes'][number];
type GoalRow = CoverageMatrixQuery['goalCoverage'][number];

/** Every project of a Schwerpunktthema, page by page. */
async function projectsOf(focusArea: string): Promise<Project[]> {
  const projects: Project[] = [];
  let after: string | null = null;
  do {
    const { projects: page }: FocusAreaProjectsQuery = await query(FocusAreaProjectsDocument, { focusArea, after });
    projects.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return projects;
}

const cellText = (count: number, budget: number) => [h('strong', {}, String(count)), h('small', {}, budget > 0 ? eur(budget) : '–')];
const statedInferred = (stated: number, inferred: number) => `${stated} belegt, ${inferred} abgeleitet`;

/** A contribution: the node, and "abgeleitet" (with the note on hover and focus) unless a source states it. */
function contributionItem(c: GoalRow['contributions'][number], kinds: Map<string, string>): HTMLElement {
  return h(
    'li',
    { 'data-node-id': c.node.id, 'data-confidence': c.confidence },
    nodeLink(c.node),
    h('small', {}, ` (${kinds.get(c.node.kind) ?? c.node.kind})`),
    c.confidence !== 'STATED' &&
      [' ', h('abbr', { class: 'inferred', title: c.note ?? '', tabindex: 0 }, c.confidence === 'CONTESTED' ? 'umstritten' : 'abgeleitet')],
  );
}

/** The goals of the Zielbilder: which have contributors, which have none; Themenfelder apart. */
function goalSection(goals: GoalRow[], targetVisions: readonly { id: string; name: string }[], kinds: Map<string, string>): HTMLElement {
  const rows = targetVisions.flatMap((tv) => {
    const own = goals.filter((g) => g.targetVisions.some((t) => t.id === tv.id));
    if (own.length === 0) {
      return [h('tr', { 'data-target-vision': tv.id }, h('th', { scope: 'row' }, nodeLink(tv)), h('td', { colspan: 3 }, 'Ziele nicht veröffentlicht.'))];
    }
    return own.map((g, i) => {
      const named = g.contributions.filter((c) => c.node.kind !== 'Theme');
      const themes = g.contributions.filter((c) => c.node.kind === 'Theme');
      return h(
        'tr',
        { 'data-goal': g.goal.id, class: g.covered ? undefined : 'uncovered' },
        i === 0 && h('th', { scope: 'row', rowspan: own.length }, nodeLink(tv)),
        h('td', {}, nodeLink(g.goal), !g.covered && h('span', { class: 'badge' }, 'ohne Beitrag')),
        h(
          'td',
          { 'data-count': named.length },
          named.length === 0 ? '–' : [h('ul', { class: 'contributions' }, named.map((c) => contributionItem(c, kinds))), h('small', {}, statedInferred(g.statedCount, g.inferredCount))],
        ),
        h('td', { 'data-count': themes.length }, themes.length === 0 ? '–' : h('ul', { class: 'contributions' }, themes.map((c) => contributionItem(c, kinds)))),
      );
    });
  });
  const uncovered = goals.filter((g) => !g.covered).length;
  return h(
    'section',
    { class: 'goals' },
    h('h2', {}, `Ziele der Zielbilder (${goals.length}, davon ${uncovered} ohne Beitrag)`),
    h(
      'p',
      { class: 'lead' },
      'Was auf jedes Ziel einzahlt: Vorhaben, Programme, IT-Systeme und Standards. „abgeleitet“ heißt: nur das Thema passt, ',
      'keine Quelle sagt es (die Begründung beim Darüberfahren oder Fokussieren). Themenfelder stehen für nicht veröffentlichte ',
      'Vorhaben und zählen nicht als Beitrag.',
    ),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'goal-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Zielbild'), h('th', { scope: 'col' }, 'Ziel'), h('th', { scope: 'col' }, 'Beiträge'), h('th', { scope: 'col' }, 'Themenfelder'))),
        h('tbody', {}, rows),
      ),
    ),
  );
}

/**
 * The coverage heat map: Schwerpunktthemen × Zielbilder. A cell counts the projects of the Schwerpunktthema
 * (as the API's focusArea filter defines them) that contribute to the Zielbild, with their known budget;
 * the colour follows the count. The bottom row is each Zielbild's coverage by projects and programmes (stated
 * and inferred apart, Themenfelder apart), and Zielbilder without any are marked. Clicking a cell lists its
 * projects. Below: the budgets no single Schwerpunktthema holds, and every goal with what advances it.
 */
export async function coverageView(view: HTMLElement): Promise<void> {
  try {
    const [data, kinds] = await Promise.all([query(CoverageMatrixDocument, {}), germanKinds()]);
    const focusAreas = [...data.focusAreas.nodes].sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const projects = new Map(await Promise.all(focusAreas.map(async (fa) => [fa.id, await projectsOf(fa.id)] as const)));
    // Zielbilder in the order of their Schwerpunktthemen, so that each row's own Zielbild is on the diagonal.
    const owned = focusAreas.flatMap((fa) => fa.targetVisions);
    const targetVisions = [...owned, ...data.coverage.map((c) => c.targetVision).filter((tv) => !owned.some((o) => o.id === tv.id))];
    const coverage = new Map(data.coverage.map((c) => [c.targetVision.id, c]));
    const uncovered = new Set(data.coverage.filter((c) => !c.covered).map((c) => c.targetVision.id));
    const budget = new Map(data.budget.rows.map((b) => [b.group.id, b]));
    const cells = new Map(
      focusAreas.flatMap((fa) =>
        targetVisions.map((tv) => [`${fa.id}|${tv.id}`, projects.get(fa.id)!.filter((p) => p.targetVisions.some((t) => t.id === tv.id))] as const),
      ),
    );
    const max = Math.max(1, ...[...cells.values()].map((c) => c.length));
    const details = h('section', { class: 'cell-details', 'aria-live': 'polite' });
    const showCell = (faName: string, tvName: string, list: Project[]) =>
      show(
        details,
        h('h2', {}, `${faName} → ${tvName}`),
        list.length === 0
          ? h('p', {}, 'Kein Vorhaben dieses Schwerpunktthemas trägt zu diesem Zielbild bei.')
          : h('ul', {}, list.map((p) => h('li', {}, nodeLink(p), p.budgetEur != null ? ` (${eur(p.budgetEur)})` : ''))),
      );

    const header = h(
      'tr',
      {},
      h('th', { scope: 'col' }, 'Schwerpunktthema ↓ · Zielbild →'),
      targetVisions.map((tv) =>
        h(
          'th',
          { scope: 'col', class: uncovered.has(tv.id) ? 'uncovered' : undefined },
          nodeLink(tv),
          uncovered.has(tv.id) && h('span', { class: 'badge' }, 'kein Vorhaben, kein Programm'),
        ),
      ),
      h('th', { scope: 'col' }, 'Schwerpunktthema gesamt'),
    );
    const rows = focusAreas.map((fa) => {
      const total = budget.get(fa.id);
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, nodeLink(fa)),
        targetVisions.map((tv) => {
          const list = cells.get(`${fa.id}|${tv.id}`)!;
          const known = list.reduce((sum, p) => sum + (p.budgetEur ?? 0), 0);
          return h(
            'td',
            {
              class: `cell${uncovered.has(tv.id) ? ' uncovered' : ''}`,
              style: `--heat: ${(list.length / max).toFixed(3)}`,
              'data-focus-area': fa.id,
              'data-target-vision': tv.id,
              'data-count': list.length,
              tabindex: 0,
              title: list.map((p) => p.name).join('\n'),
              onclick: () => showCell(fa.name, tv.name, list),
            },
            cellText(list.length, known),
          );
        }),
        h(
          'td',
          { class: 'total', 'data-focus-area': fa.id },
          total ? [cellText(total.projectCount, total.knownBudgetEur), total.programmeBudgetEur > 0 && h('small', {}, `Programme: ${eur(total.programmeBudgetEur)}`)] : '–',
        ),
      );
    });
    const footer = h(
      'tr',
      { class: 'coverage-row' },
      h('th', { scope: 'row' }, 'Zielbild gesamt'),
      targetVisions.map((tv) => {
        const c = coverage.get(tv.id);
        return h(
          'td',
          { class: uncovered.has(tv.id) ? 'uncovered' : undefined, 'data-target-vision': tv.id, 'data-count': c?.projectCount ?? 0, 'data-programmes': c?.programmeCount ?? 0 },
          c
            ? [
                cellText(c.projectCount, c.knownBudgetEur),
                h('small', {}, `Vorhaben: ${statedInferred(c.statedProjectCount, c.inferredProjectCount)}, ${c.projectsWithoutBudget} ohne Budget`),
                h('small', {}, `Programme: ${c.programmeCount} (${statedInferred(c.statedProgrammeCount, c.inferredProgrammeCount)})`),
                c.themeCount > 0 && h('small', { class: 'themes' }, `+ ${c.themeCount} Themenfeld${c.themeCount === 1 ? '' : 'er'}`),
              ]
            : '–',
        );
      }),
      h(
        'td',
        { class: 'unassigned', 'data-unassigned': data.budget.unassignedEur, 'data-total': data.budget.totalKnownEur },
        h('small', {}, 'keinem einzelnen Schwerpunktthema zuzuordnen'),
        h('strong', {}, eur(data.budget.unassignedEur)),
        h('small', {}, `bekannt gesamt: ${eur(data.budget.totalKnownEur)}`),
      ),
    );
    show(
      view,
      h('h1', {}, 'Abdeckung der Zielbilder'),
      h(
        'p',
        { class: 'lead' },
        'Benannte Vorhaben je Schwerpunktthema und Zielbild mit bekanntem Budget (– = keines veröffentlicht). Je dunkler die Zelle, ',
        'desto mehr Vorhaben. Die letzte Zeile zählt je Zielbild Vorhaben und Programme, belegte und abgeleitete Beiträge getrennt; ',
        'Themenfelder (veröffentlichte Themen nicht veröffentlichter Vorhaben) stehen extra. Zielbilder ohne jedes Vorhaben und ',
        'Programm sind rot markiert. Jedes bekannte Budget zählt einmal: Beträge, die keinem einzelnen Schwerpunktthema gehören, ',
        'stehen unten rechts. Eine Zelle anklicken zeigt ihre Vorhaben.',
      ),
      h('div', { class: 'table-scroll' }, h('table', { class: 'heatmap' }, h('thead', {}, header), h('tbody', {}, rows), h('tfoot', {}, footer))),
      details,
      goalSection(data.goalCoverage, targetVisions, kinds),
    );
  } catch (error) {
    show(view, h('h1', {}, 'Abdeckung der Zielbilder'), errorBox(error));
  }
}
