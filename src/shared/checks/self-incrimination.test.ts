import { describe, expect, it } from 'vitest';
import { runAllChecks } from './run-all';
import { checkSafeguarding, type SafeguardingContext } from './safeguarding';
import { checkSelfIncrimination } from './self-incrimination';

function flagged(text: string): Array<[string, string]> {
  return checkSelfIncrimination(text).map((f) => [text.slice(f.start, f.end), f.severity]);
}

const privacy: SafeguardingContext = {
  privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
  topicsDeclined: [],
  fullName: 'Amina Haddad',
  firstName: 'Amina',
  pseudonym: '',
  nameMode: 'full',
};

describe('self-incrimination (first person, own entry, stay or work)', () => {
  it('prompts on the issue’s four sentences, strongly, with the UNHCR advice', () => {
    expect(flagged('I came here illegally.')).toEqual([['I came here illegally', 'strong']]);
    expect(flagged('I entered the UK without papers.')).toEqual([['I entered the UK without papers', 'strong']]);
    expect(flagged('I worked cash in hand while my claim was pending.')).toEqual([['I worked cash in hand', 'strong']]);
    expect(flagged('I overstayed my visa.')).toEqual([['I overstayed', 'strong']]);
    const [finding] = checkSelfIncrimination('I came here illegally.');
    expect(finding).toMatchObject({ id: 'safeguarding:self-incrimination:0', kind: 'safeguarding' });
    expect(finding?.message).toBe(
      'This says you entered the country without permission. What you say can affect your asylum or immigration case.',
    );
    expect(finding?.suggestion).toBe(
      'Check with your legal adviser before saying this in public. Until then, leave it out.',
    );
    expect(finding?.source).toMatch(/UNHCR/);
  });

  it('names what the sentence says was done: entry, stay, work or status', () => {
    const message = (t: string) => checkSelfIncrimination(t)[0]?.message ?? '';
    expect(message('We crossed the border irregularly.')).toMatch(/^This says you entered the country/);
    expect(message('I lived in London for five years without any papers.')).toMatch(/^This says you stayed/);
    expect(message('I came to the UK in 2019 and worked illegally for a year.')).toMatch(/^This says you worked/);
    expect(message('I was undocumented for five years.')).toMatch(/^This says you had no legal right to be here/);
    expect(message('My visa expired and I stayed.')).toMatch(/^This says you overstayed/);
  });

  it('reads helpers, contractions, fronted phrases and other ways of saying it', () => {
    for (const text of [
      'I had to come here illegally.',
      'I’m here illegally.',
      'I had no papers.',
      'I was an illegal immigrant.',
      'Without papers, I worked for years.',
      'I got paid cash in hand.',
      'I travelled on a fake passport.',
      'I worked while my asylum claim was pending.',
      'I worked before I had the right to work.',
      'We have been living here without status.',
      'I have overstayed.',
    ]) {
      expect(flagged(text), text).toHaveLength(1);
      expect(flagged(text)[0]?.[1], text).toBe('strong');
    }
  });

  it('is about the speaker only: other people’s entry is a wording note, not a safeguarding prompt', () => {
    for (const text of [
      'People who came here illegally deserve a fair hearing.',
      'I know people who came here illegally.',
      'We came here legally, unlike those who came illegally.',
      'People came illegally and I stayed.',
      'I help people who work cash in hand.',
      'They entered the UK without papers.',
    ]) {
      expect(checkSelfIncrimination(text), text).toEqual([]);
    }
    const wording = runAllChecks('People who are illegal immigrants came here.').findings;
    expect(wording.map((f) => f.kind)).toEqual(['language']);
  });

  it('stays quiet on lawful or unrelated statements', () => {
    for (const text of [
      'I came here legally.',
      'I came to the UK as a student.',
      'I came without my family.',
      'I came with no money.',
      'I was fighting illegal evictions.',
      'I am against illegal deportations.',
      'I stayed in a hotel while my claim was pending.',
      'My visa expired, so I applied for asylum.',
      'I parked the car and walked to work.',
      '',
    ]) {
      expect(checkSelfIncrimination(text), text).toEqual([]);
    }
  });

  it('gives a denial a gentler prompt (warning): it still talks about the case', () => {
    for (const text of [
      'I never worked illegally.',
      'I did not come here illegally.',
      'I came here legally, not illegally.',
    ]) {
      const [finding, ...rest] = checkSelfIncrimination(text);
      expect(rest, text).toEqual([]);
      expect(finding, text).toMatchObject({ kind: 'safeguarding', severity: 'warning' });
      expect(finding?.id).toMatch(/^safeguarding:self-incrimination-denied:/);
      expect(finding?.message).toMatch(/Even a denial can be compared with your case/);
      expect(finding?.suggestion).toBe('Check with your legal adviser before saying this in public.');
    }
  });

  it('finds each clause once, in every sentence, with offsets into the original text', () => {
    const text = 'Hello. I came here illegally.\nThen I worked cash in hand!';
    const findings = checkSelfIncrimination(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['I came here illegally', 'I worked cash in hand']);
  });

  it('runs with the other safeguarding checks, without hiding a private detail inside the sentence', () => {
    const text = 'I worked at Northgate Imaging illegally.';
    const ids = checkSafeguarding(text, privacy).map((f) => f.id);
    expect(ids).toEqual(['safeguarding:employer:12', 'safeguarding:self-incrimination:0']);
  });

  it('runs in runAllChecks with or without the ambassador’s privacy settings, once', () => {
    const text = 'I came here illegally.';
    const without = runAllChecks(text).findings.filter((f) => f.kind === 'safeguarding');
    const withSettings = runAllChecks(text, { safeguarding: privacy }).findings.filter(
      (f) => f.kind === 'safeguarding',
    );
    expect(without.map((f) => f.id)).toEqual(['safeguarding:self-incrimination:0']);
    expect(withSettings.map((f) => f.id)).toEqual(['safeguarding:self-incrimination:0']);
  });
});
