import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { removeDataDir, startStudio, type StudioServer } from './studio-server';

interface StudioFixture {
  /** A running browser-mode server with its own empty data folder. */
  studio: StudioServer & { restart(): Promise<void> };
}

export const test = base.extend<StudioFixture>({
  // Playwright requires the destructuring pattern, even when the fixture depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  studio: async ({}, use) => {
    let server = await startStudio();
    const dataDir = server.dataDir;
    const fixture = {
      get url() {
        return server.url;
      },
      get origin() {
        return server.origin;
      },
      dataDir,
      stop: () => server.stop(),
      async restart() {
        await server.stop();
        server = await startStudio(dataDir);
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
