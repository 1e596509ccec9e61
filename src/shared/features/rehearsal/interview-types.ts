import type { InterviewTypeId } from './schemas';

export interface InterviewType {
  id: InterviewTypeId;
  name: string;
  /** Default answer time for one question, in seconds. */
  answerSeconds: number;
  rules: string[];
}

/** Presets from DOMAIN.md's interview types; the rules are shown before a session starts. */
export const INTERVIEW_TYPES: readonly InterviewType[] = [
  {
    id: 'live-radio',
    name: 'Live radio',
    answerSeconds: 30,
    rules: [
      'It cannot be edited: say your key message early.',
      'One pass only: no lists of figures.',
      'Short answers. Pauses are fine; rambling is not.',
    ],
  },
  {
    id: 'tv-soundbite',
    name: 'TV soundbite',
    answerSeconds: 15,
    rules: [
      'About 15 seconds, two sentences.',
      'Use silence instead of "um".',
      'Look at the interviewer, not the camera.',
    ],
  },
  {
    id: 'phone',
    name: 'Phone interview',
    answerSeconds: 40,
    rules: [
      'Stand up: your voice carries it.',
      'Keep your message house in front of you.',
      'Ask who else they are talking to.',
    ],
  },
  {
    id: 'print',
    name: 'Print, face to face',
    answerSeconds: 60,
    rules: ['Messages first, details after.', 'Everything is on the record.', 'Summarise your key points at the end.'],
  },
  {
    id: 'podcast',
    name: 'Podcast',
    answerSeconds: 90,
    rules: [
      'You have more time: tell the story properly.',
      'Still land on a key message.',
      'It may be edited: make each answer stand alone.',
    ],
  },
  {
    id: 'panel',
    name: 'Panel discussion',
    answerSeconds: 45,
    rules: ['Listen, then bridge to your message.', 'Disagree with ideas, not people.', 'Keep one short story ready.'],
  },
  {
    id: 'phone-in',
    name: 'Radio phone-in',
    answerSeconds: 30,
    rules: [
      'Callers may be hostile: stay warm.',
      'Acknowledge, bridge, communicate.',
      "Never repeat an insult's wording.",
    ],
  },
  {
    id: 'press-conference',
    name: 'Press conference',
    answerSeconds: 45,
    rules: [
      'Open with your umbrella message.',
      'Answer the question asked, then bridge.',
      '"I don\'t know" is better than a guess.',
    ],
  },
  {
    id: 'doorstep',
    name: 'Hostile doorstep',
    answerSeconds: 10,
    rules: [
      'You do not have to stop or answer.',
      'One calm sentence, then move on.',
      'Never give your address or location.',
    ],
  },
  {
    id: 'video-call',
    name: 'Video call',
    answerSeconds: 30,
    rules: [
      'Look at the camera lens, not at the faces on the screen.',
      'Frame yourself at eye level: raise the laptop if you need to.',
      'Light in front of you, a plain background behind.',
      'Keep answers short: a call lags, and long answers get cut across.',
    ],
  },
];

/** Interview types rehearsed on camera (video with sound), so the ambassador sees how they come across. */
export const CAMERA_INTERVIEW_TYPES: readonly InterviewTypeId[] = ['tv-soundbite', 'video-call'];

export function isCameraInterview(id: InterviewTypeId): boolean {
  return CAMERA_INTERVIEW_TYPES.includes(id);
}

export function interviewType(id: InterviewTypeId): InterviewType {
  return INTERVIEW_TYPES.find((t) => t.id === id) ?? INTERVIEW_TYPES[0]!;
}
