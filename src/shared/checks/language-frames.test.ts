/**
 * The language guide's invasion, dehumanising, flow and negated-frame rules (guide version 2, issue 14): each
 * term with its inflections, its reason, alternatives and source, and the everyday uses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { checkLanguage } from './language';
import { builtInRules } from './language-guide';

function found(text: string): Array<[string, string]> {
  return checkLanguage(text).map((f) => [text.slice(f.start, f.end), f.id.split(':')[1] ?? '']);
}

function rule(id: string) {
  const r = builtInRules().find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

describe('invasion words, including places said to be invaded or overrun', () => {
  it('flags invading, invaders and overrun next to towns, streets or the country', () => {
    expect(found('They are invading our towns.')).toEqual([['invading', 'invasion-metaphor']]);
    expect(found('Our towns are overrun.')).toEqual([['overrun', 'invasion-metaphor']]);
    expect(found('Overrunning our streets, they said.')).toEqual([['Overrunning', 'invasion-metaphor']]);
    expect(found('Migrants overran the border post.')).toEqual([['overran', 'invasion-metaphor']]);
    expect(found('They called refugees invaders.')).toEqual([['invaders', 'invasion-metaphor']]);
    expect(found('An invasion of Britain.')).toEqual([['invasion', 'invasion-metaphor']]);
  });

  it('keeps the budget, meeting and war senses quiet', () => {
    for (const text of [
      'The budget overran.',
      'The meeting overran by ten minutes.',
      'Our town is overrun with tourists.',
      'When they invaded our town, we fled.',
      'Russia invaded our country.',
      'The project overran its budget for refugees.',
      'The full-scale invasion of Ukraine forced us to become refugees.',
    ]) {
      expect(checkLanguage(text), text).toEqual([]);
    }
  });
});

describe('dehumanising words', () => {
  it('flags hordes, cockroaches, vermin, infestation and parasites in every form', () => {
    expect(found('Our towns are overrun by hordes of migrants.')).toEqual([
      ['overrun', 'invasion-metaphor'],
      ['hordes', 'horde-metaphor'],
    ]);
    expect(found('A horde arrived. The hordes arrived.')).toEqual([
      ['horde', 'horde-metaphor'],
      ['hordes', 'horde-metaphor'],
    ]);
    expect(found('These migrants are like cockroaches. One cockroach.')).toEqual([
      ['cockroaches', 'vermin-metaphor'],
      ['cockroach', 'vermin-metaphor'],
    ]);
    expect(found('They called us vermin and parasites.')).toEqual([
      ['vermin', 'vermin-metaphor'],
      ['parasites', 'vermin-metaphor'],
    ]);
    expect(found('An infestation of foreigners. Towns infested by newcomers.')).toEqual([
      ['infestation', 'vermin-metaphor'],
      ['infested', 'vermin-metaphor'],
    ]);
  });

  it('says why, what to say instead, and names the UN human rights chief’s 2015 statement', () => {
    const vermin = rule('vermin-metaphor');
    expect(vermin.why).toMatch(/humanity/);
    expect(vermin.why).toMatch(/quote someone else/);
    expect(vermin.source).toMatch(/OHCHR.*cockroaches.*2015/);
    expect(rule('horde-metaphor').source).toMatch(/Ethical Journalism Network/);
    const [finding] = checkLanguage('They called us cockroaches.');
    expect(finding?.suggestion).toMatch(/^Do not repeat the insult/);
    expect(finding?.severity).toBe('warning');
  });

  it('stays quiet on real pests and crowds', () => {
    for (const text of [
      'The hotel room had cockroaches and damp.',
      'The kitchen was infested with mice.',
      'Hordes of tourists filled the square.',
      'Hordes of fans waited outside.',
      'The doctor found a parasite in the water.',
    ]) {
      expect(checkLanguage(text), text).toEqual([]);
    }
  });
});

describe('flow words (pouring in, streaming in)', () => {
  it('flags them near migration or place words, and keeps donations quiet', () => {
    expect(found('Migrants are pouring into our towns.')).toEqual([['pouring into', 'flow-metaphor']]);
    expect(found('Refugees flooding in.')).toEqual([['flooding', 'water-metaphor']]);
    expect(found('A steady stream of refugees.')).toEqual([['stream of', 'flow-metaphor']]);
    expect(found('A deluge of asylum claims.')).toEqual([['deluge', 'water-metaphor']]);
    expect(checkLanguage('Donations poured in from neighbours.')).toEqual([]);
    expect(checkLanguage('Messages of support from refugees poured in.')).toEqual([]);
  });

  it('lets a cohort’s own rule for the same words win over the built-in one', () => {
    const cohortRule = { ...rule('horde-metaphor'), id: 'cohort-hordes', why: 'Our cohort’s reason.' };
    const findings = checkLanguage('Hordes, they said.', [...builtInRules(), cohortRule]);
    expect(findings.map((f) => f.id)).toEqual(['language:cohort-hordes:0']);
  });
});

describe('negated frames (“not a flood or a wave”)', () => {
  it('flags each frame even when denied, gently, with Lakoff’s reason', () => {
    const text = 'We are people, not a flood or a wave.';
    const findings = checkLanguage(text);
    expect(findings.map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([
      ['a flood', 'info'],
      ['a wave', 'info'],
    ]);
    expect(findings[0]?.message).toMatch(/Repeating a frame strengthens it/);
    expect(findings[0]?.suggestion).toMatch(/^Say what people are, not what they are not/);
    expect(findings[0]?.source).toMatch(/Lakoff.*Elephant/);
  });

  it('reads other negations and frames', () => {
    expect(found('We are not invaders.')).toEqual([['invaders', 'negated-frame']]);
    expect(found('We aren’t a burden.')).toEqual([['a burden', 'negated-frame']]);
    expect(found('This is not an invasion.')).toEqual([['an invasion', 'negated-frame']]);
    expect(found('Refugees are never a threat.')).toEqual([['a threat', 'negated-frame']]);
    expect(found('Neither a tide nor a swarm.')).toEqual([
      ['a tide', 'negated-frame'],
      // "swarm" has its own, stronger rule, which the gentler frame note never hides.
      ['swarm', 'swarm-metaphor'],
    ]);
  });

  it('stays quiet without a negation, or on weather and everyday sayings', () => {
    for (const text of [
      'It is not a problem.',
      'There were no floods this year.',
      'The river did not flood.',
      'It was not a storm wave but a big one.',
      'She did not wave goodbye.',
      'A wave of support from our neighbours kept us going.',
    ]) {
      expect(checkLanguage(text), text).toEqual([]);
    }
  });
});

describe('a negated frame next to a stronger rule', () => {
  it('keeps the stronger note: “not a swarm” is first of all “swarm”', () => {
    const findings = checkLanguage('People arriving here are not a swarm; they are our new neighbours.');
    expect(findings.map((f) => f.id)).toEqual(['language:swarm-metaphor:31']);
    expect(findings[0]!.severity).toBe('warning');
  });
});
