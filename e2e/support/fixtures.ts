import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { TOKEN_STORAGE_KEY } from '../../src/shared/csp';
import { removeDataDir, startStudio, type StudioServer } from './studio-server';

interface StudioFixture {
  /** A running browser-mode server with its own empty data folder. */
  studio: StudioServer & { restart(): Promise<void> };
}

/**
 * Every page of the test's browser context holds the server's session token, as the tab that opened the printed
 * address would: the launch code works once, and the journeys open `studio.url` in many pages and reloads.
 */
export async function giveSessionToken(context: BrowserContext, server: StudioServer): Promise<void> {
  const token = await server.token();
  // A script string: these files are type-checked for Node, without the DOM's names.
  const [origin, key, value] = [server.origin, TOKEN_STORAGE_KEY, token].map((v) => JSON.stringify(v));
  await context.addInitScript(
    // A page without storage (about:blank, a sandboxed frame) needs no token.
    `if (location.origin === ${origin}) { try { sessionStorage.setItem(${key}, ${value}); } catch {} }`,
  );
}

export const test = base.extend<StudioFixture>({
  studio: async ({ context }, use) => {
    let server = await startStudio();
    await giveSessionToken(context, server);
    const dataDir = server.dataDir;
    const fixture = {
      get launchUrl() {
        return server.launchUrl;
      },
      get url() {
        return server.url;
      },
      get origin() {
        return server.origin;
      },
      dataDir,
      token: () => server.token(),
      stop: () => server.stop(),
      async restart() {
        await server.stop();
        server = await startStudio(dataDir);
        await giveSessionToken(context, server);
      },
    };
    await use(fixture);
    await server.stop();
    removeDataDir(dataDir);
  },
});

export { expect };

/**
 * Runs axe on the current page and fails on any serious or critical violation, naming each. `exclude` takes
 * selectors to leave out: a frame sandboxed without scripts (the message-sheet preview) must be, because axe's
 * timers never run inside it and the scan would wait for ever; scan such a frame's document on its own page.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  label: string,
  options: { exclude?: string[] } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} -> ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}
