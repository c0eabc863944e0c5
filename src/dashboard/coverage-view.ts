import { CoverageMatrixDocument, FocusAreaProjectsDocument, type FocusAreaProjectsQuery } from '../client/index.js';
import { query } from './api.js';
import { errorBox, eur, h, nodeLink, show } from './dom.js';

type Project = FocusAreaProjectsQuery['projects']['nodes'][number];

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

/**
 * The coverage heat map: Schwerpunktthemen × Zielbilder. A cell counts the projects of the Schwerpunktthema
 * (as the API's focusArea filter defines them) that contribute to the Zielbild, with their known budget;
 * the colour follows the count. The bottom row is each Zielbild's coverage, and Zielbilder without any
 * project are marked. Clicking a cell lists its projects.
 */
export async function coverageView(view: HTMLElement): Promise<void> {
  try {
    const data = await query(CoverageMatrixDocument, {});
    const focusAreas = [...data.focusAreas.nodes].sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const projects = new Map(await Promise.all(focusAreas.map(async (fa) => [fa.id, await projectsOf(fa.id)] as const)));
    // Zielbilder in the order of their Schwerpunktthemen, so that each row's own Zielbild is on the diagonal.
    const owned = focusAreas.flatMap((fa) => fa.targetVisions);
    const targetVisions = [...owned, ...data.coverage.map((c) => c.targetVision).filter((tv) => !owned.some((o) => o.id === tv.id))];
    const coverage = new Map(data.coverage.map((c) => [c.targetVision.id, c]));
    const uncovered = new Set(data.uncoveredTargetVisions.map((t) => t.id));
    const budget = new Map(data.budget.map((b) => [b.group.id, b]));
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
        h('th', { scope: 'col', class: uncovered.has(tv.id) ? 'uncovered' : undefined }, nodeLink(tv), uncovered.has(tv.id) && h('span', { class: 'badge' }, 'kein Vorhaben')),
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
          { class: 'total' },
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
          { class: uncovered.has(tv.id) ? 'uncovered' : undefined, 'data-target-vision': tv.id, 'data-count': c?.projectCount ?? 0 },
          c ? [cellText(c.projectCount, c.knownBudgetEur), h('small', {}, `${c.statedProjectCount} belegt, ${c.projectsWithoutBudget} ohne Budget`)] : '–',
        );
      }),
      h('td', {}),
    );
    show(
      view,
      h('h1', {}, 'Abdeckung der Zielbilder'),
      h(
        'p',
        { class: 'lead' },
        'Vorhaben je Schwerpunktthema und Zielbild mit bekanntem Budget (– = keines veröffentlicht). Je dunkler die Zelle, desto mehr Vorhaben. ',
        'Zielbilder ohne jedes Vorhaben sind rot markiert. Eine Zelle anklicken zeigt ihre Vorhaben.',
      ),
      h('div', { class: 'table-scroll' }, h('table', { class: 'heatmap' }, h('thead', {}, header), h('tbody', {}, rows), h('tfoot', {}, footer))),
      details,
    );
  } catch (error) {
    show(view, h('h1', {}, 'Abdeckung der Zielbilder'), errorBox(error));
  }
}
