/** Requests, profiles and houses built by hand for the prep card's tests (no database needed). */
import {
  emptyAmbassadorFields,
  type Ambassador,
  type AmbassadorFields,
} from '../../../../shared/features/ambassadors/schemas';
import type {
  InterviewFields,
  InterviewRequest,
  SuggestedQuestion,
} from '../../../../shared/features/interviews/schemas';
import {
  emptyHouseFields,
  type HouseFields,
  type MessageHouse,
} from '../../../../shared/features/key-messages/schemas';

/** A fixed, valid id (ids are UUIDs everywhere they are parsed). */
export const uid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const STAMP = { createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:00:00.000Z' };

export function requestFields(fields: Partial<InterviewFields> = {}): InterviewFields {
  return {
    outlet: 'Harbour FM',
    journalist: 'Dana Price',
    angle: 'How volunteers run the Saturday food bank',
    othersInterviewed: 'A local councillor',
    deadline: '2026-10-10',
    broadcast: 'live',
    format: 'live-radio',
    lengthMinutes: 8,
    interviewDate: '2026-10-14',
    runsOn: '',
    nameMode: 'first',
    photo: 'no',
    offLimits: ['My asylum case'],
    legalCheck: 'not-yet',
    notes: 'Producer said to arrive 20 minutes early.',
    ...fields,
  };
}

export function testRequest(fields: Partial<InterviewFields> = {}, ambassadorId = 'amb-1'): InterviewRequest {
  return { id: 'req-1', ambassadorId, debrief: null, ...STAMP, ...requestFields(fields) };
}

export function testAmbassador(fields: Partial<AmbassadorFields> = {}): Ambassador {
  return {
    id: 'amb-1',
    hasPhoto: false,
    archivedAt: null,
    version: 1,
    deviceId: 'laptop',
    ...STAMP,
    ...emptyAmbassadorFields(),
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    nameMode: 'first',
    topicsDeclined: ['My family'],
    privateDetails: [{ kind: 'home_town', value: 'Aleppo' }],
    ...fields,
  };
}

export function houseFields(fields: Partial<HouseFields> = {}): HouseFields {
  return {
    ...emptyHouseFields(),
    title: 'Why I volunteer',
    umbrella: 'People who arrive here want to give back, and they do.',
    pillars: [
      {
        id: uid(11),
        message: 'Volunteers keep the food bank open every Saturday.',
        proofs: [{ id: uid(12), kind: 'fact', text: 'Forty volunteers, half of them newcomers.', source: '' }],
      },
      {
        id: uid(21),
        message: 'Welcome works when towns plan for it.',
        proofs: [{ id: uid(22), kind: 'example', text: 'The library runs language cafés twice a week.', source: '' }],
      },
    ],
    ...fields,
  };
}

export function testHouse(fields: Partial<HouseFields> = {}): MessageHouse {
  return {
    id: 'house-1',
    ambassadorId: 'amb-1',
    isPrimary: true,
    version: 1,
    deviceId: 'laptop',
    ...STAMP,
    ...houseFields(fields),
  };
}

export function suggestion(fields: Partial<SuggestedQuestion> = {}): SuggestedQuestion {
  return {
    questionId: 'q-1',
    text: 'Why don’t you go back?',
    category: 'hostile',
    bridgeHint: 'Acknowledge the feeling, then talk about what you give here.',
    reason: 'Hostile questions come up on live radio.',
    ...fields,
  };
}
