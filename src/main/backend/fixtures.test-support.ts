import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Handlers } from './handlers';
import { dispatch } from './dispatch';

export interface FixtureIds {
  cohortId: string;
  ambassadorId: string;
  revisionId: string;
  houseId: string;
  pillarId: string;
  quoteId: string;
  approvedQuoteId: string;
  commentId: string;
  houseToDelete: string;
  quoteToDelete: string;
}

async function must<T>(handlers: Handlers, channel: ChannelName, input: unknown): Promise<T> {
  const result = (await dispatch(handlers, channel, input, { transport: 'direct' })) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** Seeds the sample cohort plus a house, quotes, a comment and a revision, for contract-wide tests. */
export async function seedFixtures(handlers: Handlers): Promise<FixtureIds> {
  const sample = await must<{ cohortId: string; ambassadorIds: string[] }>(handlers, 'sample:load', {});
  const ambassadorId = sample.ambassadorIds[0]!;
  const pillarId = crypto.randomUUID();
  const house = await must<{ id: string }>(handlers, 'house:create', {
    ambassadorId,
    fields: { umbrella: 'Migrants build the places we all call home', pillars: [{ id: pillarId, message: 'Care', proofs: [] }] },
  });
  await must(handlers, 'house:update', { id: house.id, patch: { goal: 'Change one mind' } });
  const revisions = await must<Array<{ id: string }>>(handlers, 'revision:list', { entityType: 'house', entityId: house.id });
  const quote = await must<{ id: string }>(handlers, 'quote:create', { ambassadorId, fields: { text: 'We build this town together.' } });
  const approved = await must<{ id: string }>(handlers, 'quote:create', { ambassadorId, fields: { text: 'Home is what we make.' } });
  await must(handlers, 'quote:transition', { id: approved.id, action: 'submit' });
  await must(handlers, 'role:switch', { role: 'trainer' });
  await must(handlers, 'quote:transition', { id: approved.id, action: 'approve' });
  await must(handlers, 'role:switch', { role: 'ambassador' });
  const comment = await must<{ id: string }>(handlers, 'comment:add', { targetType: 'house', targetId: house.id, field: 'umbrella', body: 'Shorter?' });
  const houseToDelete = await must<{ id: string }>(handlers, 'house:create', { ambassadorId, fields: { title: 'Spare' } });
  const quoteToDelete = await must<{ id: string }>(handlers, 'quote:create', { ambassadorId, fields: { text: 'Spare' } });
  return {
    cohortId: sample.cohortId,
    ambassadorId,
    revisionId: revisions[0]!.id,
    houseId: house.id,
    pillarId,
    quoteId: quote.id,
    approvedQuoteId: approved.id,
    commentId: comment.id,
    houseToDelete: houseToDelete.id,
    quoteToDelete: quoteToDelete.id,
  };
}

/** One valid input per channel. A channel added to the contract without an entry here fails to compile. */
export function validInputs(ids: FixtureIds): Record<ChannelName, unknown> {
  const { ambassadorId } = ids;
  return {
    'app:status': {},
    'settings:get': {},
    'settings:update': { patch: { theme: 'dark', onboarded: true, trainerName: 'Sam' } },
    'cohort:list': { includeArchived: false },
    'cohort:get': { id: ids.cohortId },
    'cohort:create': {
      fields: {
        name: 'New cohort',
        organisation: 'Org',
        campaign: 'Campaign',
        hashtag: '#Tag',
        mediaDate: '2026-12-18',
        pressContact: { name: 'Desk', email: 'desk@example.org', phone: '0' },
      },
    },
    'cohort:update': { id: ids.cohortId, patch: { campaign: 'Changed', pressContact: { phone: '1' } } },
    'cohort:archive': { id: ids.cohortId, archived: false },
    'ambassador:list': { cohortId: ids.cohortId, includeArchived: true },
    'ambassador:get': { id: ambassadorId },
    'ambassador:create': { fields: { fullName: 'New Person', languages: ['English'], photoConsent: false } },
    'ambassador:update': {
      id: ambassadorId,
      patch: { shortBio: 'Updated', topicsDeclined: ['Religion'], privateDetails: [{ kind: 'other', value: 'x' }] },
    },
    'ambassador:archive': { id: ambassadorId, archived: false },
    'ambassador:setPhoto': {
      id: ambassadorId,
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    },
    'ambassador:removePhoto': { id: ambassadorId },
    'ambassador:photo': { id: ambassadorId },
    'revision:list': { entityType: 'house', entityId: ids.houseId },
    'revision:get': { id: ids.revisionId },
    'revision:restore': { id: ids.revisionId },
    'role:state': {},
    'role:switch': { role: 'ambassador' },
    'role:setPin': { pin: '2468' },
    'role:clearPin': { pin: '2468' },
    'house:list': { ambassadorId },
    'house:get': { id: ids.houseId },
    'house:create': { ambassadorId, fields: { template: 'box', title: 'For councillors' } },
    'house:update': {
      id: ids.houseId,
      patch: { callToAction: 'Come to the open day', pillars: [{ id: ids.pillarId, message: 'Care', proofs: [] }] },
    },
    'house:setPrimary': { id: ids.houseId },
    'house:delete': { id: ids.houseToDelete },
    'quote:list': { ambassadorId },
    'quote:get': { id: ids.quoteId },
    'quote:create': { ambassadorId, fields: { text: 'New quote', houseId: ids.houseId, pillarId: ids.pillarId } },
    'quote:update': { id: ids.quoteId, patch: { outlet: 'Local radio', variants: { pressRelease: 'a', soundbite: 'b', social: 'c', socialPlatform: 'bluesky' } } },
    'quote:transition': { id: ids.quoteId, action: 'submit' },
    'quote:reviseApproved': { id: ids.approvedQuoteId },
    'quote:delete': { id: ids.quoteToDelete },
    'comment:list': { targetType: 'house', targetId: ids.houseId },
    'comment:add': { targetType: 'quote', targetId: ids.quoteId, field: 'text', body: 'Lovely line.' },
    'comment:resolve': { id: ids.commentId, resolved: true },
    'review:queue': { cohortId: ids.cohortId },
    'search:query': { text: 'home' },
    'sample:load': {},
  };
}
