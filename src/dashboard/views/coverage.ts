import { CoverageMatrixDocument, FocusAreaProjectsDocument, type CoverageMatrixQuery, type FocusAreaProjectsQuery } from '../../client/index.js';
import { isAborted, query } from '../api.js';
import { asOfOf, standForm, standOf, standParam } from '../stand.js';
import type { ViewContext } from '../context.js';
import { errorBox, h, inferredMark, loading, nodeLink, show } from '../dom.js';
import { exportBar } from '../export.js';
import { enumLabel, eur, kindLabel, kindPlural, t } from '../i18n.js';

type Project = FocusAreaProjectsQuery['projects']['nodes'][number];
type GoalRow = CoverageMatrixQuery['goalCoverage'][number];

/** Every project of a Schwerpunktthema, page by page. */
async function projectsOf(focusArea: string, asOf: { valid: string } | null, signal: AbortSignal): Promise<Project[]> {
  const projects: Project[] = [];
  let after: string | null = null;
  do {
    const { projects: page }: FocusAreaProjectsQuery = await query(FocusAreaProjectsDocument, { focusArea, after, asOf }, signal);
    projects.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return projects;
}

const cellText = (count: number, budget: number) => [h('strong', {}, String(count)), h('small', {}, budget > 0 ? eur(budget) : '–')];
const statedInferred = (stated: number, inferred: number) => t('coverage.statedInferred', { stated, inferred });
/** Five shades, each with a text colour of at least 4.5:1 contrast on it (WCAG 1.4.3). */
const heatLevel = (share: number) => (share === 0 ? 0 : Math.min(4, 1 + Math.floor(share * 3.999)));

/** A contribution: the node, and "abgeleitet" (with the note on hover and focus) unless a source states it. */
function contributionItem(c: GoalRow['contributions'][number]): HTMLElement {
  return h(
    'li',
    { 'data-node-id': c.node.id, 'data-confidence': c.confidence },
    nodeLink(c.node),
    h('small', {}, ` (${kindLabel(c.node.kind)})`),
    c.confidence !== 'STATED' && [' ', inferredMark('mark inferred', c.confidence, c.note, enumLabel('Confidence', c.confidence))],
  );
}

/** The goals of the Zielbilder: which have contributors, which have none; Themenfelder apart. */
function goalSection(goals: GoalRow[], targetVisions: readonly { id: string; name: string }[]): HTMLElement {
  const rows = targetVisions.flatMap((tv) => {
    const own = goals.filter((g) => g.targetVisions.some((t) => t.id === tv.id));
    if (own.length === 0) {
      return [h('tr', { 'data-target-vision': tv.id }, h('th', { scope: 'row' }, nodeLink(tv)), h('td', { colspan: 3 }, t('coverage.goalsUnpublished')))];
    }
    return own.map((g, i) => {
      const named = g.contributions.filter((c) => c.node.kind !== 'Theme');
      const themes = g.contributions.filter((c) => c.node.kind === 'Theme');
      return h(
        'tr',
        { 'data-goal': g.goal.id, class: g.covered ? undefined : 'uncovered' },
        i === 0 && h('th', { scope: 'row', rowspan: own.length }, nodeLink(tv)),
        h('td', {}, nodeLink(g.goal), !g.covered && h('span', { class: 'badge' }, t('coverage.noContribution'))),
        h(
          'td',
          { 'data-count': named.length },
          named.length === 0 ? '–' : [h('ul', { class: 'contributions' }, named.map((c) => contributionItem(c))), h('small', {}, statedInferred(g.statedCount, g.inferredCount))],
        ),
        h('td', { 'data-count': themes.length }, themes.length === 0 ? '–' : h('ul', { class: 'contributions' }, themes.map((c) => contributionItem(c)))),
      );
    });
  });
  const uncovered = goals.filter((g) => !g.covered).length;
  return h(
    'section',
    { class: 'goals' },
    h('h2', {}, t('coverage.goalsTitle', { n: goals.length, uncovered })),
    h('p', { class: 'lead' }, t('coverage.goalsLead')),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('coverage.goalsName') },
      h(
        'table',
        { class: 'goal-table', 'data-export': t('coverage.goalsName') },
        h('thead', {}, h('tr', {}, [kindLabel('TargetVision'), kindLabel('Goal'), t('coverage.contributions'), kindPlural('Theme')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows),
      ),
    ),
  );
}

/**
 * The coverage heat map: Schwerpunktthemen × Zielbilder. A cell counts the projects of the Schwerpunktthema
 * (as the API's focusArea filter defines them) that contribute to the Zielbild, with their known budget;
 * the shade follows the count. The bottom row is each Zielbild's coverage by projects and programmes (stated
 * and inferred apart, Themenfelder apart), and Zielbilder without any are marked. Each cell is a button (mouse,
 * Enter or Space) that lists its projects. Below: the budgets no single Schwerpunktthema holds, and every goal
 * with what advances it. Everything at the Stand in the URL (`#/coverage?stand=2025-01-01`; default today).
 */
export async function coverageView(ctx: ViewContext): Promise<void> {
  const title = t('coverage.title');
  ctx.title(title);
  // The Stand (valid time) the whole view reads at, kept in the URL.
  const stand = standOf(ctx.params);
  const asOf = asOfOf(stand);
  const standControl = standForm(stand, (day) => (location.hash = `#/coverage${standParam(day, true)}`));
  ctx.render(h('h1', { tabindex: -1 }, title), standControl, loading());
  try {
    const data = await query(CoverageMatrixDocument, { asOf }, ctx.signal);
    const focusAreas = [...data.focusAreas.nodes].sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const projects = new Map(await Promise.all(focusAreas.map(async (fa) => [fa.id, await projectsOf(fa.id, asOf, ctx.signal)] as const)));
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
          ? h('p', {}, t('coverage.cellEmpty'))
          : h('ul', {}, list.map((p) => h('li', {}, nodeLink(p), p.budgetEur != null ? ` (${eur(p.budgetEur)})` : ''))),
      );

    const header = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('coverage.corner')),
      targetVisions.map((tv) =>
        h(
          'th',
          { scope: 'col', class: uncovered.has(tv.id) ? 'uncovered' : undefined },
          nodeLink(tv),
          uncovered.has(tv.id) && h('span', { class: 'badge' }, t('coverage.uncoveredBadge')),
        ),
      ),
      h('th', { scope: 'col' }, t('coverage.focusAreaTotal')),
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
              class: `cell heat-${heatLevel(list.length / max)}${uncovered.has(tv.id) ? ' uncovered' : ''}`,
              'data-focus-area': fa.id,
              'data-target-vision': tv.id,
              'data-count': list.length,
              'data-value': list.length,
            },
            h(
              'button',
              {
                type: 'button',
                class: 'cell-button',
                'aria-label': t('coverage.cellLabel', { n: list.length, focusArea: fa.name, targetVision: tv.name, budget: known > 0 ? eur(known) : '–' }),
                title: list.map((p) => p.name).join('\n'),
                onclick: () => showCell(fa.name, tv.name, list),
              },
              cellText(list.length, known),
            ),
          );
        }),
        h(
          'td',
          { class: 'total', 'data-focus-area': fa.id, 'data-value': total?.knownBudgetEur ?? '' },
          total ? [cellText(total.projectCount, total.knownBudgetEur), total.programmeBudgetEur > 0 && h('small', {}, t('coverage.programmesBudget', { budget: eur(total.programmeBudgetEur) }))] : '–',
        ),
      );
    });
    const footer = h(
      'tr',
      { class: 'coverage-row' },
      h('th', { scope: 'row' }, t('coverage.targetVisionTotal')),
      targetVisions.map((tv) => {
        const c = coverage.get(tv.id);
        return h(
          'td',
          { class: uncovered.has(tv.id) ? 'uncovered' : undefined, 'data-target-vision': tv.id, 'data-count': c?.projectCount ?? 0, 'data-programmes': c?.programmeCount ?? 0 },
          c
            ? [
                cellText(c.projectCount, c.knownBudgetEur),
                h('small', {}, t('coverage.footerProjects', { evidence: statedInferred(c.statedProjectCount, c.inferredProjectCount), withoutBudget: c.projectsWithoutBudget })),
                h('small', {}, t('coverage.footerProgrammes', { n: c.programmeCount, evidence: statedInferred(c.statedProgrammeCount, c.inferredProgrammeCount) })),
                c.themeCount > 0 && h('small', { class: 'themes' }, t('coverage.footerThemes', { n: c.themeCount })),
              ]
            : '–',
        );
      }),
      h(
        'td',
        { class: 'unassigned', 'data-unassigned': data.budget.unassignedEur, 'data-total': data.budget.totalKnownEur },
        h('small', {}, t('coverage.unassigned')),
        h('strong', {}, eur(data.budget.unassignedEur)),
        h('small', {}, t('coverage.knownTotal', { budget: eur(data.budget.totalKnownEur) })),
      ),
    );
    ctx.render(
      h('h1', { tabindex: -1 }, title),
      h('p', { class: 'lead' }, t('coverage.lead')),
      standControl,
      exportBar(ctx.element, 'abdeckung'),
      h(
        'div',
        { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('coverage.heatmapName') },
        h('table', { class: 'heatmap', 'data-export': t('coverage.heatmapName') }, h('caption', { class: 'sr-only' }, t('coverage.heatmapCaption')), h('thead', {}, header), h('tbody', {}, rows), h('tfoot', {}, footer)),
      ),
      details,
      goalSection(data.goalCoverage, targetVisions),
    );
  } catch (error) {
    if (isAborted(error)) return;
    ctx.render(h('h1', { tabindex: -1 }, title), standControl, errorBox(error, ctx.retry));
  }
}
