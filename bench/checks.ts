/**
 * Live draft checks: every check runs on each keystroke (debounced), so all of them together must stay
 * well under a frame budget. Measures runAllChecks on a 300-word draft after warm-up.
 */
import { runAllChecks, type CheckContext } from '../src/shared/checks';
import type { Measurement } from './lib/report';
import { median, percentile, timeEach } from './lib/stats';

const SUITE = 'checks';
const WARM_UP = 100;
const RUNS = 600;
const TARGET_WORDS = 300;

/** A realistic long draft: plain sentences, a few things the checks should catch. */
const PARAGRAPHS = [
  'When I arrived in Glasgow six years ago, I did not speak much English and I did not know anyone.',
  'Today I volunteer with a food bank on Saturdays, and I help new families find a doctor, a school and a friendly face.',
  'Some newspapers talk about a flood of migrants, but we are neighbours, nurses, students and parents.',
  'Last winter our team was given a small grant by the council, and we utilise every penny of it.',
  'I grew up in Aleppo, and I still miss the smell of bread in the morning.',
  'My dream is to open a community kitchen where anyone can cook, eat and talk without being judged.',
  'If you want to help, come and share a meal with us, listen to one story, and tell one friend what you heard.',
];

function draft(): string {
  const words: string[] = [];
  for (let i = 0; words.length < TARGET_WORDS; i += 1) {
    words.push(...(PARAGRAPHS[i % PARAGRAPHS.length] ?? '').split(' '));
  }
  return words.slice(0, TARGET_WORDS).join(' ');
}

const CONTEXT: CheckContext = {
  length: { kind: 'press', wordsPerSecond: 2.5 },
  safeguarding: {
    privateDetails: [
      { kind: 'home_town', value: 'Aleppo' },
      { kind: 'employer', value: 'Royal Infirmary' },
      { kind: 'immigration_status', value: 'waiting for a decision' },
    ],
    topicsDeclined: ['religion', 'family left behind'],
    fullName: 'Amina Haddad',
    firstName: 'Amina',
    pseudonym: '',
    nameMode: 'first',
  },
};

export async function runChecksBench(): Promise<Measurement[]> {
  const base = draft();
  // Each run sees a slightly different text, as when typing, so no result is reused from the last run.
  const variant = (i: number) => `${base} ${i % 2 === 0 ? 'Thank you.' : 'Thanks.'} ${i}`;
  await timeEach(WARM_UP, (i) => {
    runAllChecks(variant(i), CONTEXT);
  });
  const samples = await timeEach(RUNS, (i) => {
    runAllChecks(variant(WARM_UP + i), CONTEXT);
  });
  const findings = runAllChecks(base, CONTEXT).findings.length;
  return [
    {
      suite: SUITE,
      name: `runAllChecks on a ${TARGET_WORDS}-word draft, p95 (${RUNS} runs after ${WARM_UP} warm-up)`,
      value: percentile(samples, 95),
      unit: 'ms',
      budget: { limit: 20, kind: 'max' },
      detail: {
        p50: median(samples),
        p95: percentile(samples, 95),
        max: Math.max(...samples),
        words: TARGET_WORDS,
        findings,
      },
    },
  ];
}
