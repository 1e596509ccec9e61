import { describe, expect, it } from 'vitest';
import { builtInRules, mergeRules } from './language-guide';
import { runAllChecks, type CheckContext } from './run-all';

const safeguarding: CheckContext['safeguarding'] = {
  privateDetails: [
    { kind: 'home_town', value: 'Aleppo' },
    { kind: 'employer', value: 'Royal Infirmary' },
  ],
  topicsDeclined: ['religion'],
  fullName: 'Amina Haddad',
  firstName: 'Amina',
  pseudonym: '',
  nameMode: 'first',
};

describe('runAllChecks', () => {
  it('combines every check: whole-text findings first, then in text order', () => {
    const text =
      'People in Aleppo said a swarm of migrants would come, but I now work at the Royal Infirmary and we utilise every skill we have to care for patients.';
    const result = runAllChecks(text, { length: { kind: 'press' }, safeguarding });
    const summary = result.findings.map((f) => [
      f.kind,
      f.severity,
      f.start === undefined ? 'all' : text.slice(f.start, f.end),
    ]);
    expect(summary).toEqual([
      ['safeguarding', 'strong', 'all'],
      ['length', 'warning', 'all'],
      ['readability', 'info', 'all'],
      ['readability', 'warning', text],
      ['safeguarding', 'strong', 'Aleppo'],
      ['language', 'warning', 'swarm'],
      ['safeguarding', 'strong', 'Royal Infirmary'],
      ['readability', 'info', 'utilise'],
    ]);
    expect(result.readability.words).toBe(29);
    expect(result.length).toMatchObject({ words: 29, sentences: 1 });
  });

  it('sorts whole-text findings by severity, then positioned ones by start', () => {
    const text = `${'We help. '.repeat(25)}An invasion of migrants, they said.`;
    const { findings } = runAllChecks(text, { length: { kind: 'press' } });
    expect(findings.map((f) => f.id)).toEqual([
      'length:press-words:all',
      'length:press-sentences:all',
      `language:invasion-metaphor:${text.indexOf('invasion')}`,
    ]);
    expect(findings[0]?.severity).toBe('strong');
  });

  it('runs only language and readability checks without a context', () => {
    const result = runAllChecks('Aleppo is where I was born.');
    expect(result.findings).toEqual([]);
    expect(result.length).toBeNull();
  });

  it('uses cohort rules when given', () => {
    const merged = mergeRules(builtInRules(), [
      { id: 'cohort-hordes', terms: ['horde'], why: 'It makes people sound like an army.', source: 'Trainer' },
    ]);
    if (!merged.ok) throw new Error(merged.error.message);
    const { findings } = runAllChecks('Hordes, they said.', { rules: merged.value });
    expect(findings.map((f) => f.id)).toEqual(['language:cohort-hordes:0']);
  });

  it('returns unique ids, no duplicates', () => {
    const text = 'Swarm swarm swarm. Aleppo Aleppo. I utilise and utilise.';
    const { findings } = runAllChecks(text, { safeguarding, length: { kind: 'social', platformLimit: 'x' } });
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('language:'))).toHaveLength(3);
  });

  it('raises no language or readability false alarms on Arabic, Ukrainian and Chinese drafts', () => {
    for (const text of [
      'نحن نبني بيوتا جديدة وصداقات جديدة في هذه المدينة. أنا فخورة بعملي كممرضة، وأحلم بأن أفتح عيادة صغيرة لمساعدة العائلات الجديدة.',
      'Ми будуємо нове життя в цьому місті. Я пишаюся своєю роботою медсестри і мрію відкрити невелику клініку для нових родин.',
      '我们在这座城市建立了新的生活。我为自己的护士工作感到骄傲，梦想开一家小诊所，帮助刚来的家庭。',
    ]) {
      const result = runAllChecks(text, { length: { kind: 'press' } });
      expect(
        result.findings.filter((f) => f.kind === 'language' || f.kind === 'readability'),
        text,
      ).toEqual([]);
      expect(result.readability.language).toBe('other');
      expect(result.readability.words).toBeGreaterThan(10);
    }
  });
});
