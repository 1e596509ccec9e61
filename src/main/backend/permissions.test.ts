/**
 * The permission matrix: every channel of the contract, called with a valid input by four kinds of window on a
 * shared laptop, against the permission table.
 * - own ambassador: the workspace of the ambassador the input is about;
 * - other ambassador: another ambassador's workspace (Olena, who owns nothing in the inputs);
 * - trainer locked: a window with no workspace open and trainer mode locked;
 * - trainer unlocked.
 * Where the table refuses, the answer is FORBIDDEN and nothing is written. Whatever the table says, a window that
 * is not the owner's or a trainer's never receives the owner's private details, declined topics, pseudonym-hidden
 * name, drafts, notes, comments or recordings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type ChannelName, type ParsedInput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { SAMPLE_AMBASSADORS } from '../features/sample-data/data';
import { createTestStudio, type TestStudio } from '../test-support/test-studio';
import {
  FIXTURE_SECRET,
  PRIVATE_DEBRIEF_TEXT,
  seedFixtures,
  validInputs,
  type FixtureIds,
} from './fixtures.test-support';
import { PERMISSIONS } from './permission-table';
import { decide, type Permission } from './permissions';
import { quoteTextHash } from '../../shared/features/quotes/text-hash';

type ViewerKind = 'own' | 'other' | 'trainerLocked' | 'trainerUnlocked';
const VIEWERS: ViewerKind[] = ['own', 'other', 'trainerLocked', 'trainerUnlocked'];

/** Channels that change who the window is; they run last so they do not change the viewer of the others. */
const SESSION_CHANGERS: ChannelName[] = [
  'access:setWorkspacePin',
  'access:enter',
  'access:addTrainer',
  'access:updateTrainer',
  'access:setLaptopKind',
  'access:setIdleMinutes',
  // Restoring a backup closes every window's session; trainer mode is unlocked again just after.
  'backup:restore',
  'access:unlockTrainer',
  'access:leaveTrainer',
  'access:lock',
];
const ORDER = [...CHANNELS.filter((c) => !SESSION_CHANGERS.includes(c)), ...SESSION_CHANGERS];

/** The access channels decide their own requests (a secret, a first trainer); the table lets everyone ask. */
const DECIDED_BY_ACCESS_SERVICE = (channel: ChannelName) => channel.startsWith('access:');

interface Outcome {
  channel: ChannelName;
  allowedByTable: boolean;
  result: Result<unknown>;
  wrote: boolean;
  text: string;
}

interface World {
  studio: TestStudio;
  ids: FixtureIds;
  olenaId: string;
  weiId: string;
  outcomes: Outcome[];
}

function totalChanges(studio: TestStudio): number {
  return (studio.backend.db!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Whose data an input is about, by the table's own owner rule (the fixture ambassador otherwise). */
function subjectOf(channel: ChannelName, input: unknown, studio: TestStudio, fallback: string): string {
  const { allow } = PERMISSIONS[channel] as Permission<ChannelName>;
  if (typeof allow === 'object' && 'owner' in allow) {
    return allow.owner(input as ParsedInput<ChannelName>, studio.services) ?? fallback;
  }
  return fallback;
}

async function runAs(kind: ViewerKind): Promise<World> {
  const studio = await createTestStudio();
  const ids = await seedFixtures(studio.backend.handlers, studio.backend.db!);
  const inputs = validInputs(ids);
  const people = studio.services.ambassadors.list({ cohortId: ids.cohortId });
  const olenaId = people.find((a) => a.displayName === 'Olena Kovalenko')!.id;
  const weiId = people.find((a) => a.displayName === 'Wei Zhang')!.id;
  // New windows start in no workspace, so the locked window really has none open.
  studio.services.settings.update({ currentAmbassadorId: null });
  const api = studio.window();
  if (kind === 'trainerUnlocked') await api['access:unlockTrainer']({ secret: FIXTURE_SECRET });
  if (kind === 'other') await api['access:enter']({ ambassadorId: olenaId });

  const outcomes: Outcome[] = [];
  for (const channel of ORDER) {
    const input = contract[channel].input.parse(inputs[channel]);
    if (kind === 'own')
      await api['access:enter']({ ambassadorId: subjectOf(channel, input, studio, ids.ambassadorId) });
    const viewer = studio.services.access.viewer(api.clientId);
    const verdict = decide(
      PERMISSIONS[channel] as Permission<ChannelName>,
      input as ParsedInput<ChannelName>,
      viewer,
      studio.services,
    );
    const before = totalChanges(studio);
    const call = api[channel] as (i: unknown) => Promise<Result<unknown>>;
    const result = await call(inputs[channel]);
    outcomes.push({
      channel,
      allowedByTable: verdict.allowed,
      result,
      wrote: totalChanges(studio) !== before,
      text: JSON.stringify(result, (_key, value: unknown) =>
        value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
      ),
    });
  }
  return { studio, ids, olenaId, weiId, outcomes };
}

const worlds = new Map<ViewerKind, World>();

beforeAll(async () => {
  for (const kind of VIEWERS) worlds.set(kind, await runAs(kind));
}, 120_000);
afterAll(() => {
  for (const world of worlds.values()) world.studio.close();
});

describe('the permission table', () => {
  it('has an entry for every channel of the contract, and nothing else', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(PERMISSIONS[channel], channel).toBeDefined();
  });

  it.each(VIEWERS)(
    'as %s: a refusal is FORBIDDEN and writes nothing; what the table allows is not refused by it',
    (kind) => {
      const { outcomes } = worlds.get(kind)!;
      expect(outcomes).toHaveLength(CHANNELS.length);
      for (const outcome of outcomes) {
        const label = `${kind} ${outcome.channel}: ${outcome.text.slice(0, 200)}`;
        if (!outcome.allowedByTable) {
          expect(outcome.result, label).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
          expect(outcome.wrote, label).toBe(false);
        } else if (!DECIDED_BY_ACCESS_SERVICE(outcome.channel)) {
          const code = outcome.result.ok ? 'ok' : outcome.result.error.code;
          expect(code, label).not.toBe('FORBIDDEN');
        }
      }
    },
  );

  it('lets the owner and an unlocked trainer do everything the valid inputs ask, except what only a trainer may do', () => {
    const trainer = worlds.get('trainerUnlocked')!.outcomes;
    for (const outcome of trainer) expect(outcome.allowedByTable, outcome.channel).toBe(true);
    const own = worlds
      .get('own')!
      .outcomes.filter((o) => !o.allowedByTable)
      .map((o) => o.channel);
    expect(own.sort()).toEqual(
      [
        'access:updateTrainer',
        // The agenda is the trainers' plan; a printed copy with facilitator notes is theirs too.
        'agenda:addBlock',
        'agenda:exportPdf',
        'agenda:moveBlock',
        'agenda:removeBlock',
        'agenda:reset',
        'agenda:setStartDate',
        'agenda:updateBlock',
        // Deleting a profile for good is a trainer's step on a shared laptop, even for the person themselves.
        'ambassador:erase',
        // Backups hold everyone's work and a restore replaces it: a trainer's step on a shared laptop.
        'backup:create',
        'backup:delete',
        'backup:list',
        'backup:preview',
        'backup:restore',
        'backup:setKeep',
        'backup:settings',
        // Bundles about more than one person, and imports, are a trainer's on a shared laptop.
        'bundle:exportCohort',
        'bundle:exportEverything',
        'bundle:exportFeedback',
        'bundle:import',
        'cohort:archive',
        'cohort:create',
        // Everyone's progress side by side is for the trainer.
        'cohort:overview',
        'cohort:update',
        // The trainer plays the journalist: only a trainer runs a hot seat, even in the ambassador's own workspace.
        'hotSeat:rateTake',
        'hotSeat:saveTake',
        'hotSeat:start',
        // Who asked for a follow-up across the cohort is for the trainer.
        'interview:followUps',
        'languageRules:set',
        'pack:export',
        'pack:progress',
        'question:add',
        'question:delete',
        'question:edit',
        'question:exportFile',
        'question:importFile',
        'question:retire',
        'questionSet:delete',
        'questionSet:save',
        'sample:load',
        'sheet:removeLogo',
        'sheet:setLogo',
      ].sort(),
    );
  });

  it.each(['other', 'trainerLocked'] as const)(
    'as %s: never receives the owner’s private details, hidden name, drafts, notes, comments or recordings',
    (kind) => {
      const { outcomes, ids } = worlds.get(kind)!;
      const amira = SAMPLE_AMBASSADORS[0]!;
      const wei = SAMPLE_AMBASSADORS[2]!;
      const secrets = [
        ...amira.privateDetails.map((d) => d.value),
        ...amira.topicsDeclined,
        ...wei.privateDetails.map((d) => d.value),
        wei.fullName,
        'Migrants build the places we all call home',
        'We build this town together.',
        'Shorter?',
        'Works at Northgate Imaging on weekdays.',
        ids.houseId,
        ids.quoteId,
        ids.approvedQuoteId,
        ids.commentId,
        ids.sessionId,
        ids.takeId,
        ids.revisionId,
        ids.sheetConfirmationId,
      ];
      for (const outcome of outcomes) {
        if (!outcome.result.ok) continue;
        for (const secret of secrets) {
          expect(outcome.text.includes(secret), `${kind} ${outcome.channel} shows “${secret}”`).toBe(false);
        }
      }
    },
  );

  it('never gives any window but the owner’s the words of a debrief she kept private', () => {
    for (const kind of ['other', 'trainerLocked', 'trainerUnlocked'] as const) {
      for (const outcome of worlds.get(kind)!.outcomes) {
        expect(outcome.text.includes(PRIVATE_DEBRIEF_TEXT), `${kind} ${outcome.channel}`).toBe(false);
      }
    }
  });

  it('refuses sending a quote back, and approving it, from an ambassador window, even on their own quote', async () => {
    for (const kind of ['other', 'trainerLocked'] as const) {
      const world = worlds.get(kind)!;
      const transition = world.outcomes.find((o) => o.channel === 'quote:transition')!;
      expect(transition.result, kind).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const { studio, ids } = worlds.get('own')!;
    const api = studio.window();
    const quote = studio.services.quotes.create(ids.ambassadorId, { text: 'Send me back' });
    // The matrix above protected this workspace with the PIN from the valid inputs.
    await api['access:enter']({ ambassadorId: ids.ambassadorId, pin: '135790' });
    expect(await api['quote:transition']({ id: quote.id, action: 'submit' })).toMatchObject({ ok: true });
    for (const action of ['sendBack', 'approve'] as const) {
      const refused = await api['quote:transition']({ id: quote.id, action, textHash: quoteTextHash(quote) });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(studio.services.quotes.get(quote.id).status).toBe('in_review');
    }
  });
});
