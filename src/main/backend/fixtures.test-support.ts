import type { ChannelName } from '../../shared/contract';
import type { SampleResult } from '../../shared/contract';

/** One valid input per channel, built around the ids of the sample cohort. Used by contract-wide tests. */
export function validInputs(sample: SampleResult, revisionId: string): Record<ChannelName, unknown> {
  const ambassadorId = sample.ambassadorIds[0]!;
  return {
    'app:status': {},
    'settings:get': {},
    'settings:update': { patch: { theme: 'dark', onboarded: true } },
    'cohort:list': { includeArchived: false },
    'cohort:get': { id: sample.cohortId },
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
    'cohort:update': { id: sample.cohortId, patch: { campaign: 'Changed', pressContact: { phone: '1' } } },
    'cohort:archive': { id: sample.cohortId, archived: false },
    'ambassador:list': { cohortId: sample.cohortId, includeArchived: true },
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
    'revision:list': { entityType: 'ambassador', entityId: ambassadorId },
    'revision:get': { id: revisionId },
    'sample:load': {},
  };
}
