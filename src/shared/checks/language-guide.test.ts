import { describe, expect, it } from 'vitest';
import rawGuide from '../../../resources/language-guide.json';
import { checkLanguage } from './language';
import { builtInLanguageGuide, builtInRules, mergeRules } from './language-guide';
import { languageGuideSchema, type LanguageRuleInput } from './language-guide-schema';

const cohortRule: LanguageRuleInput = {
  id: 'cohort-queue-jumpers',
  terms: ['queue jumper'],
  why: 'It suggests people skipped a fair queue; there is no queue for asylum.',
  alternatives: ['person seeking safety'],
  source: 'Cohort trainer, December residential',
};

describe('built-in language guide', () => {
  it('validates against its schema, with a version and a date', () => {
    const parsed = languageGuideSchema.safeParse(rawGuide);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const guide = builtInLanguageGuide();
    expect(guide.rules).toHaveLength(rawGuide.rules.length);
    expect(guide.version).toBeGreaterThanOrEqual(1);
    expect(guide.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('encodes every term from the DOMAIN.md language guide', () => {
    const terms = new Set(builtInRules().flatMap((r) => r.terms.map((t) => t.toLowerCase())));
    for (const term of [
      'illegal immigrant',
      'illegal asylum seeker',
      'illegals',
      'bogus asylum seeker',
      'swarm',
      'flood',
      'wave',
      'tide',
      'influx',
      'invasion',
      'swamp',
      'overwhelm',
      'marauding',
      'alien',
      'assimilation',
      'voluntary work',
      'job',
      'asylum seeker',
    ]) {
      expect(terms, term).toContain(term);
    }
  });

  it('gives every rule a reason, a source and unique id; the work note is info only', () => {
    const rules = builtInRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.source.length).toBeGreaterThan(3);
    }
    expect(rules.find((r) => r.id === 'asylum-work')?.severity).toBe('info');
  });

  it('documents its matching choices for ambiguous metaphors', () => {
    const notes = builtInLanguageGuide().notes?.join(' ') ?? '';
    expect(notes).toMatch(/tidewater/);
    expect(notes).toMatch(/waved goodbye/);
  });
});

describe('mergeRules', () => {
  it('adds valid cohort rules after the built-in ones, and the checker uses them', () => {
    const merged = mergeRules(builtInRules(), [cohortRule]);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.value).toHaveLength(builtInRules().length + 1);
    const findings = checkLanguage('They call us queue jumpers.', merged.value);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.id).toBe('language:cohort-queue-jumpers:13');
    expect(findings[0]?.suggestion).toContain('person seeking safety');
  });

  it('fills in defaults for a cohort rule (warning, inflections on)', () => {
    const merged = mergeRules(builtInRules(), [cohortRule]);
    if (!merged.ok) throw new Error(merged.error.message);
    const added = merged.value.at(-1);
    expect(added?.severity).toBe('warning');
    expect(added?.inflect).toBe(true);
  });

  it('refuses a malformed cohort rule with a clear message', () => {
    const result = mergeRules(builtInRules(), [{ ...cohortRule, terms: [] }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe(
      'This cohort rule is not valid: cohortRules[0].terms: A rule needs at least one term',
    );
    expect(result.error.issues?.[0]?.path).toBe('cohortRules[0].terms');
  });

  it('refuses a term with regular-expression characters, an unknown field, or a missing source', () => {
    const bad = mergeRules(builtInRules(), [{ ...cohortRule, terms: ['(.*)'] }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/letters, numbers/);
    const extra = mergeRules(builtInRules(), [{ ...cohortRule, regex: '.*' }]);
    expect(extra.ok).toBe(false);
    const { source: _source, ...noSource } = cohortRule;
    const missing = mergeRules(builtInRules(), [noSource]);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/cohortRules\[0\]\.source/);
  });

  it('refuses ids that clash with the built-in guide or repeat within the cohort', () => {
    const clash = mergeRules(builtInRules(), [{ ...cohortRule, id: 'alien' }]);
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.error.message).toMatch(/"alien" is already used by the built-in guide/);
    const twice = mergeRules(builtInRules(), [cohortRule, cohortRule]);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toMatch(/used more than once/);
  });

  it('refuses input that is not a list of rules, without changing the built-in list', () => {
    const before = builtInRules().length;
    expect(mergeRules(builtInRules(), { id: 'x' }).ok).toBe(false);
    expect(mergeRules(builtInRules(), null).ok).toBe(false);
    expect(builtInRules()).toHaveLength(before);
  });
});
