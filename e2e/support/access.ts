import { expect, type Page } from '@playwright/test';
import * as devalue from 'devalue';
import type { ChannelName, ChannelOutput } from '../../src/shared/contract';
import { CLIENT_HEADER, TOKEN_HEADER } from '../../src/shared/csp';
import type { Result } from '../../src/shared/result';
import { sessionTokenFor } from './studio-server';

/** The trainer the journeys set up: a 6-digit PIN, as the rules ask. */
export const E2E_TRAINER = { name: 'Sam', secret: '246810' } as const;

/**
 * "Switch to trainer mode" from the header: sets up the laptop's first trainer when there is none (which unlocks
 * it), otherwise types the secret. Waits until the header says who is in trainer mode.
 */
export async function unlockTrainerMode(
  page: Page,
  trainer: { name: string; secret: string } = E2E_TRAINER,
): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Switch to trainer mode' }).click();
  const setup = page.getByRole('dialog', { name: 'Set up trainer mode' });
  const unlock = page.getByRole('dialog', { name: 'Unlock trainer mode' });
  await expect(setup.or(unlock)).toBeVisible();
  if (await setup.isVisible()) {
    await setup.getByRole('textbox', { name: 'Your name' }).fill(trainer.name);
    await setup.getByLabel('Trainer PIN or passphrase', { exact: true }).fill(trainer.secret);
    await setup.getByLabel('Type it again', { exact: true }).fill(trainer.secret);
    await setup.getByRole('button', { name: 'Set up and unlock' }).click();
    await expect(setup).toBeHidden();
  } else {
    await unlock.getByLabel('Trainer PIN or passphrase', { exact: true }).fill(trainer.secret);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(unlock).toBeHidden();
  }
  await expect(page.getByRole('banner').getByText(`Trainer mode: ${trainer.name}`)).toBeVisible();
}

/**
 * Calls a channel the way the browser-mode renderer does (devalue body, the session token the server's launch code
 * was traded for), as one window: `client` is that window's id, so its workspace and trainer mode carry from call
 * to call.
 */
export async function callAs<C extends ChannelName>(
  studio: { url: string; origin: string },
  client: string,
  channel: C,
  input: unknown,
): Promise<ChannelOutput<C>> {
  const token = await sessionTokenFor(studio.origin);
  const response = await fetch(`${studio.origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-devalue+json',
      [TOKEN_HEADER]: token,
      [CLIENT_HEADER]: client,
      origin: studio.origin,
    },
    body: devalue.stringify(input),
  });
  const result = devalue.parse(await response.text()) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** The id of the test script's own "window" when it sets things up through the API. */
export const SCRIPT_CLIENT = '00000000-0000-4000-8000-00000000e2e0';

/** Unlocks trainer mode for the script's window: sets up E2E_TRAINER when the laptop has no trainer yet. */
export async function scriptAsTrainer(studio: { url: string; origin: string }): Promise<void> {
  const state = await callAs(studio, SCRIPT_CLIENT, 'access:state', {});
  if (state.trainer) return;
  if (state.trainerSecretSet)
    await callAs(studio, SCRIPT_CLIENT, 'access:unlockTrainer', { secret: E2E_TRAINER.secret });
  else await callAs(studio, SCRIPT_CLIENT, 'access:addTrainer', E2E_TRAINER);
}
