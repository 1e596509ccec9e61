import type { Page } from 'playwright-core';

export interface ScreenTiming {
  /** In the page: from the click's input event to the frame after the first row was drawn. */
  inPage: number;
  /** Seen from the bench: from asking Playwright to click to Playwright seeing the row (adds its round trips). */
  outside: number;
}

interface TimingWindow {
  screenTiming?: { ready: number };
}

// Page code as text: bench/ is typed for Node, without the DOM. The click's `timeStamp` is when the input event
// happened, on the same clock as performance.now(); the row counts as on screen a frame after it is in the DOM.
const probe = (rowTestId: string) => `(() => {
  const timing = { click: 0, ready: 0 };
  window.screenTiming = timing;
  document.addEventListener('click', (event) => { if (!timing.click) timing.click = event.timeStamp; }, true);
  const seen = () => {
    if (timing.ready || !document.querySelector('[data-testid="${rowTestId}"]')) return false;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { timing.ready = performance.now() - timing.click; };
      channel.port2.postMessage(null);
    });
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

/** Clicks a screen's link in the navigation and times until the first row of its list is on screen. */
export async function timeScreen(page: Page, link: string, rowTestId: string): Promise<ScreenTiming> {
  await page.evaluate(probe(rowTestId));
  const start = performance.now();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: link }).click();
  await page.getByTestId(rowTestId).first().waitFor({ state: 'visible', timeout: 60_000 });
  const outside = performance.now() - start;
  await page.waitForFunction(() => ((globalThis as unknown as TimingWindow).screenTiming?.ready ?? 0) > 0);
  const inPage = await page.evaluate(() => (globalThis as unknown as TimingWindow).screenTiming?.ready ?? 0);
  return { inPage, outside };
}
