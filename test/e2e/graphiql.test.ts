import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, createLogger, exampleTabs, type RunningServer } from '../../src/server/index.js';
import { launchChromium, type Browser } from '../helpers/browser.js';
import { testConfig } from '../helpers/graph.js';
import { useShippedGraph } from '../helpers/shipped.js';

/** The text of the CodeMirror editor inside `selector` (GraphiQL 3's editors are CodeMirror 5). */
const editorText = (page: Page, selector: string) =>
  page.evaluate((s) => (document.querySelector(`${s} .CodeMirror`) as unknown as { CodeMirror: { getValue(): string } } | null)?.CodeMirror.getValue() ?? null, selector);

/** GraphiQL at /graphql in a real Chromium, on a fresh profile (nothing in local storage), against the shipped graph. */
describe('GraphiQL in Chromium', () => {
  const shipped = useShippedGraph();
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await (await createHttpServer({ executor: shipped.graph.executor, logger: createLogger('silent'), settings: testConfig() })).listen(0, '127.0.0.1');
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens every example as a tab with its variables, and Run answers on the first click', async () => {
    const tabs = exampleTabs();
    expect(tabs.filter((t) => t.variables !== undefined).length).toBeGreaterThan(3);
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-tab');
    expect(await page.locator('.graphiql-tab').count()).toBe(tabs.length);

    // The first tab, as it opens: its own query and variables, and Run gives data without errors.
    expect(await editorText(page, '.graphiql-query-editor')).toBe(tabs[0]!.query);
    expect(JSON.parse((await editorText(page, '.graphiql-editor-tool'))!)).toEqual(JSON.parse(tabs[0]!.variables!));
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => /"data"|"errors"/.test((document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } } | null)?.CodeMirror.getValue() ?? ''));
    const answer = JSON.parse((await editorText(page, '.result-window'))!) as { data?: unknown; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toBeDefined();

    // Every other tab has its variables too.
    for (let i = 1; i < tabs.length; i++) {
      await page.locator('.graphiql-tab').nth(i).locator('button').first().click();
      await page.waitForFunction((q) => (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue() === q, tabs[i]!.query);
      const variables = await editorText(page, '.graphiql-editor-tool');
      expect(variables === '' || variables === null ? undefined : JSON.parse(variables), `tab ${i + 1}`).toEqual(tabs[i]!.variables === undefined ? undefined : JSON.parse(tabs[i]!.variables!));
    }
  });
});
