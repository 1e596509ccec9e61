/**
 * Each text cap pinned on its own, through the real contract schemas and dispatcher: accepted at the cap, refused
 * one character over it, naming the field and the number. (A fuzz test that sends one 4 MB string would pass with
 * every cap raised a thousandfold.) Endpoints are stand-ins that echo what reached them, so nothing but the
 * transport's checks decides.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, type ChannelName } from '../../shared/contract';
import { dispatch } from './dispatch';
import type { Endpoints } from './permissions';

const reached = Object.fromEntries(CHANNELS.map((c) => [c, async (input: unknown) => ({ reached: input })]));
const endpoints = reached as unknown as Endpoints;
const direct = { transport: 'direct' as const, clientId: 'field-caps' };

const COHORT = {
  name: 'Harbour Voices',
  organisation: '',
  campaign: '',
  hashtag: '',
  mediaDate: '',
  pressContact: { name: '', email: '', phone: '' },
};

interface Cap {
  /** Which cap of LIMITS, written out: the test must not follow the constant wherever it goes. */
  cap: 'name' | 'shortText' | 'hashtag';
  max: number;
  label: string;
  channel: ChannelName;
  path: string;
  input: (value: string) => unknown;
}

const CAPS: Cap[] = [
  {
    cap: 'name',
    max: 120,
    label: 'Full name',
    channel: 'ambassador:create',
    path: 'fields.fullName',
    input: (v) => ({ fields: { fullName: v } }),
  },
  {
    cap: 'name',
    max: 120,
    label: 'First name',
    channel: 'ambassador:create',
    path: 'fields.firstName',
    input: (v) => ({ fields: { firstName: v } }),
  },
  {
    cap: 'name',
    max: 120,
    label: 'Pseudonym',
    channel: 'ambassador:create',
    path: 'fields.pseudonym',
    input: (v) => ({ fields: { pseudonym: v } }),
  },
  {
    cap: 'name',
    max: 120,
    label: 'Cohort name',
    channel: 'cohort:create',
    path: 'fields.name',
    input: (v) => ({ fields: { ...COHORT, name: v } }),
  },
  {
    cap: 'name',
    max: 120,
    label: 'Press contact name',
    channel: 'cohort:create',
    path: 'fields.pressContact.name',
    input: (v) => ({ fields: { ...COHORT, pressContact: { ...COHORT.pressContact, name: v } } }),
  },
  {
    cap: 'shortText',
    max: 200,
    label: 'Role',
    channel: 'ambassador:create',
    path: 'fields.role',
    input: (v) => ({ fields: { role: v } }),
  },
  {
    cap: 'shortText',
    max: 200,
    label: 'Organisation',
    channel: 'cohort:create',
    path: 'fields.organisation',
    input: (v) => ({ fields: { ...COHORT, organisation: v } }),
  },
  {
    cap: 'shortText',
    max: 200,
    label: 'Campaign',
    channel: 'cohort:create',
    path: 'fields.campaign',
    input: (v) => ({ fields: { ...COHORT, campaign: v } }),
  },
  {
    cap: 'hashtag',
    max: 80,
    label: 'Hashtag',
    channel: 'cohort:create',
    path: 'fields.hashtag',
    input: (v) => ({ fields: { ...COHORT, hashtag: v } }),
  },
];

describe.each(CAPS)('field cap $cap ($max): $label on $channel', ({ max, label, channel, path, input }) => {
  it(`field cap: ${label} is accepted at exactly ${max} characters, unchanged`, async () => {
    const value = 'x'.repeat(max);
    const result = await dispatch(endpoints, channel, input(value), direct);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).toContain(`"${value}"`);
  });

  it(`field cap: ${label} is refused at ${max + 1} characters, naming the field and the cap`, async () => {
    const result = await dispatch(endpoints, channel, input('x'.repeat(max + 1)), direct);
    const message = `${label} is too long (at most ${max} characters)`;
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: `${message} [${path}]`, issues: [{ path, message }] },
    });
  });
});
