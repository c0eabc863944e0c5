import { credential, signOut } from './auth.js';
import { viewContext, type View } from './context.js';
import { errorBox, h, show } from './dom.js';
import { currentLang, setLang, t } from './i18n.js';
import { completeOidcSignIn } from './oidc.js';
import { browseView } from './views/browse.js';
import { changesView } from './views/changes.js';
import { coverageView } from './views/coverage.js';
import { impactView } from './views/impact.js';
import { nodeView } from './views/node.js';
import { pathView } from './views/path.js';
import { searchUrl, searchView } from './views/search.js';
import { signinView } from './views/signin.js';

/**
 * The dashboard: views chosen by the URL's hash, so that every view can be shared as a link.
 *   #/coverage                                   the coverage heat map
 *   #/search?q=<text>[&kind=<kind>]              search everything
 *   #/browse[/<kind>?q=…&status=…&sort=…&after=…] lists per kind
 *   #/impact?of=<ref>&depth=<n>[&evidence=stated] the impact explorer
 *   #/path?from=<ref>&to=<ref>&depth=<n>          how two nodes are connected
 *   #/changes?from=<date|session>&to=<date|session> what changed between two dates (valid time)
 *   #/node/<ref>                                 a node page
 *   #/signin                                     sign-in (servers without anonymous reading)
 * Navigating aborts the requests of the view left behind (its AbortController), so a late answer never shows.
 */
const VIEWS: Record<string, View> = {
  coverage: coverageView,
  search: searchView,
  browse: browseView,
  impact: impactView,
  path: pathView,
  changes: changesView,
  node: nodeView,
  signin: signinView,
};

const NAV: [string, Parameters<typeof t>[0]][] = [
  ['coverage', 'nav.coverage'],
  ['browse', 'nav.browse'],
  ['impact', 'nav.impact'],
  ['path', 'nav.path'],
  ['changes', 'nav.changes'],
];

let current: AbortController | undefined;
let firstRoute = true;

function header(): void {
  const top = document.getElementById('top')!;
  const search = h('input', { type: 'search', name: 'q', id: 'top-q', required: true, autocomplete: 'off', placeholder: t('header.searchPlaceholder') });
  const other = currentLang() === 'de' ? 'en' : 'de';
  show(
    top,
    h('a', { class: 'skip', href: '#view', onclick: (e: Event) => (e.preventDefault(), document.getElementById('view')!.focus()) }, t('header.skip')),
    h('a', { class: 'brand', href: '#/coverage' }, t('app.name')),
    h(
      'nav',
      { 'aria-label': t('header.nav') },
      NAV.map(([view, label]) => h('a', { href: `#/${view}`, 'data-view': view }, t(label))),
      h('a', { href: '/graphql', lang: 'en' }, 'GraphiQL'),
    ),
    h(
      'form',
      {
        class: 'top-search',
        role: 'search',
        'aria-label': t('header.search'),
        onsubmit: (event: Event) => {
          event.preventDefault();
          location.hash = searchUrl(search.value.trim());
        },
      },
      h('label', { for: 'top-q', class: 'sr-only' }, t('header.search')),
      search,
      h('button', { type: 'submit' }, t('header.searchButton')),
    ),
    h(
      'div',
      { class: 'top-tools' },
      credential() !== undefined
        ? h('button', { type: 'button', class: 'signout', onclick: () => (signOut(), void route()) }, t('signin.signOut'))
        : h('a', { href: `#/signin?back=${encodeURIComponent(location.hash)}`, class: 'signin' }, t('signin.link')),
      h(
        'button',
        { type: 'button', class: 'lang', lang: other, 'aria-label': other === 'en' ? 'English' : 'Deutsch', onclick: () => (setLang(other), void route()) },
        other === 'en' ? 'English' : 'Deutsch',
      ),
    ),
  );
}

async function route(): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const element = document.getElementById('view')!;
  const [path = '', search = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  const [, name = 'coverage', ...rest] = path.split('/');
  header();
  const view = VIEWS[name] ?? coverageView;
  const active = VIEWS[name] ? name : 'coverage';
  document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]').forEach((link) => {
    const on = link.dataset.view === active;
    link.classList.toggle('active', on);
    if (on) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  const ctx = viewContext(element, controller.signal, params, rest, () => void route());
  try {
    await view(ctx);
  } catch (error) {
    ctx.render(errorBox(error, ctx.retry));
  }
  // After a navigation (not the first page load), the view's heading takes the focus, so that screen readers
  // announce the new view and the keyboard starts there.
  if (!firstRoute && !controller.signal.aborted) element.querySelector<HTMLElement>('h1')?.focus({ preventScroll: false });
  firstRoute = false;
}

async function start(): Promise<void> {
  try {
    const back = await completeOidcSignIn();
    if (back) location.hash = back;
  } catch (error) {
    show(document.getElementById('view')!, errorBox(error));
    header();
    return;
  }
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
