import { coverageView } from './coverage-view.js';
import { h, show } from './dom.js';
import { impactView } from './impact-view.js';
import { nodeView } from './node-view.js';

/**
 * The dashboard: three views, chosen by the URL's hash so that every view can be shared as a link.
 *   #/coverage                      the coverage heat map
 *   #/impact?of=<ref>&depth=<n>     the impact explorer
 *   #/node/<ref>                    a node page
 */
async function route(): Promise<void> {
  const view = document.getElementById('view')!;
  const [path = '', search = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  const [, name = 'coverage', ...rest] = path.split('/');
  document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]').forEach((link) => link.classList.toggle('active', link.dataset.view === name));
  show(view, h('p', { class: 'loading' }, 'Lädt…'));
  if (name === 'impact') await impactView(view, params);
  else if (name === 'node') await nodeView(view, decodeURIComponent(rest.join('/')));
  else await coverageView(view);
}

window.addEventListener('hashchange', () => void route());
void route();
