import { describe, expect, it } from 'vitest';
import { inflections } from './inflect';
import { checkLanguage } from './language';

function found(text: string): string[] {
  return checkLanguage(text).map((f) => text.slice(f.start, f.end));
}

describe('checkLanguage', () => {
  it('flags "swarm" with a reason, an alternative and a source', () => {
    const text = 'They say we swarm across the Channel.';
    const [finding, ...rest] = checkLanguage(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: 'language', severity: 'warning', start: 12, end: 17 });
    expect(finding?.message).toContain('“swarm”');
    expect(finding?.suggestion).toContain('people arriving');
    expect(finding?.source).toMatch(/NUJ/);
  });

  it('finds inflections and plurals, in any case', () => {
    expect(found('Swarms, swarming, SWARMED.')).toEqual(['Swarms', 'swarming', 'SWARMED']);
    expect(found('Illegal immigrants and one illegal immigrant.')).toEqual(['Illegal immigrants', 'illegal immigrant']);
    expect(found('Towns flooded by migrants. Migrants flooding in. A flood of refugees.')).toEqual([
      'flooded',
      'flooding',
      'flood',
    ]);
    expect(
      found('Invasions by migrants. Migrants invaded. Refugees invading. An invasion of asylum seekers.').filter(
        (t) => !/asylum/.test(t),
      ),
    ).toEqual(['Invasions', 'invaded', 'invading', 'invasion']);
    expect(found('Schools are overwhelmed by migrant children.')).toEqual(['overwhelmed']);
  });

  it('matches across line breaks and hyphens, and reports a one-line message', () => {
    const text = 'No more illegal\n  immigrants, or illegal-immigrant talk.';
    const findings = checkLanguage(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['illegal\n  immigrants', 'illegal-immigrant']);
    expect(findings[0]?.message).not.toContain('\n');
  });

  it('never matches inside other words, in any script', () => {
    expect(found('The tidewater floodlight showed a swarmbot near the jobcentre.')).toEqual([]);
    expect(found('I felt alienated, then assimilationist debates bored me.')).toEqual([]);
    expect(found('Теswarm, swarmé, 群swarm, swarm群')).toEqual([]);
    expect(found('“Swarm” is what they said.')).toEqual(['Swarm']);
  });

  it('stays quiet on everyday uses of ambiguous metaphors', () => {
    for (const text of [
      'She waved goodbye at the station.',
      'The tide turned when the community centre opened.',
      'I was overwhelmed by the welcome from other refugees.',
      'A wave of support from our neighbours kept us going.',
      'The full-scale invasion of Ukraine forced us to become refugees.',
      'The river flooded our village, so we left.',
      'Floods in Pakistan. Later, migrants like me found work here.',
    ]) {
      expect(checkLanguage(text), text).toEqual([]);
    }
  });

  it('only looks for context inside the same sentence', () => {
    expect(found('Floods in Pakistan destroyed homes. A wave of refugees arrived.')).toEqual(['wave']);
    expect(found('I said goodbye. Then a wave of migrants came.')).toEqual(['wave']);
  });

  it('notes "job" and "voluntary work" gently (info), since many people may work', () => {
    const findings = checkLanguage('My job at the library started as voluntary work.');
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findings[0]?.suggestion).toContain('volunteering with');
  });

  it('prefers the longer match when terms overlap, and leaves recommended wording alone', () => {
    expect(found('He was called an illegal alien.')).toEqual(['illegal alien']);
    expect(found('She is a refused asylum seeker.')).toEqual([]);
    const findings = checkLanguage('Asylum seekers deserve respect.');
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['language:uk-terms:0', 'info']]);
  });

  it('finds nothing in a clean draft or an empty one', () => {
    expect(checkLanguage('I came here to study and I stayed to teach. This city is my home now.')).toEqual([]);
    expect(checkLanguage('')).toEqual([]);
  });

  it('produces no findings on Arabic, Ukrainian or Chinese drafts', () => {
    expect(checkLanguage('أنا ممرضة في مستشفى كبير. أحب عملي ومدينتي الجديدة.')).toEqual([]);
    expect(checkLanguage('Я медсестра у великій лікарні. Я люблю свою роботу і нове місто.')).toEqual([]);
    expect(checkLanguage('我是一名护士。我喜欢我的工作，也喜欢这座新城市。')).toEqual([]);
  });
});

describe('inflections', () => {
  it('makes regular plural and verb forms', () => {
    expect(inflections('swarm')).toEqual(['swarm', 'swarms', 'swarmed', 'swarming']);
    expect(inflections('invade')).toEqual(['invade', 'invades', 'invaded', 'invading']);
    expect(inflections('influx')).toEqual(['influx', 'influxes', 'influxed', 'influxing']);
    expect(inflections('bury')).toContain('buries');
  });
});
