import { h } from './dom.js';
import { formatDate, t } from './i18n.js';

/**
 * "Stand": the day a view reads the graph at (valid time), kept in the URL (`?stand=YYYY-MM-DD`), so that a link
 * shows what its sender saw. Empty: today, as the API's default.
 */
export function standOf(params: URLSearchParams): string | undefined {
  const value = params.get('stand') ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The API's asOf for a Stand (null: today). */
export const asOfOf = (stand: string | undefined): { valid: string } | null => (stand ? { valid: stand } : null);

/** `?stand=…` or `&stand=…` for a URL, or nothing for today. */
export const standParam = (stand: string | undefined, first: boolean): string => (stand ? `${first ? '?' : '&'}stand=${stand}` : '');

/** The Stand control: a date field and its button; `go` gets the day chosen ('' for today). */
export function standForm(stand: string | undefined, go: (stand: string) => void): HTMLElement {
  const input = h('input', { type: 'date', name: 'stand', id: 'stand', value: stand ?? '', 'aria-describedby': 'stand-help' });
  return h(
    'form',
    {
      class: 'stand-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        go(input.value);
      },
    },
    h('label', { for: 'stand', class: 'field' }, t('stand.label'), input),
    h('button', { type: 'submit' }, t('stand.apply')),
    h('p', { id: 'stand-help', class: 'help' }, stand ? t('stand.asOf', { date: formatDate(stand) }) : t('stand.help')),
  );
}
