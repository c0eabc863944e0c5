import { show, type Child } from './dom.js';
import { t } from './i18n.js';

/**
 * What a view gets from the router: the URL's parts, the signal that is aborted when the user navigates away (pass
 * it to every request), and `render`, which shows the view's content unless it has been left meanwhile, so that a
 * slow answer never overwrites the next view.
 */
export interface ViewContext {
  readonly signal: AbortSignal;
  readonly params: URLSearchParams;
  /** The hash path's segments after the view's name (#/browse/Project → ['Project']). */
  readonly rest: readonly string[];
  readonly element: HTMLElement;
  render(...children: Child[]): void;
  /** The page title: "<view> · Strategiegraph". */
  title(text: string): void;
  /** Runs the view again (the error state's "try again"). */
  retry(): void;
}

export function viewContext(element: HTMLElement, signal: AbortSignal, params: URLSearchParams, rest: readonly string[], retry: () => void): ViewContext {
  return {
    signal,
    params,
    rest,
    element,
    retry,
    render: (...children) => {
      if (!signal.aborted) show(element, ...children);
    },
    title: (text) => {
      if (!signal.aborted) document.title = `${text} · ${t('app.name')}`;
    },
  };
}

export type View = (context: ViewContext) => Promise<void>;
