/**
 * Syllable accuracy on real read speech (issue 14 point 5, issue 15 point 3), from Debian's
 * pocketsphinx-testdata, read where the package installs it (read-speech.ts):
 *
 * - LibriVox, the DEVELOPMENT set: one reader, five sentences of Sense and Sensibility. The target: mean
 *   absolute syllable error at most Praat's (de Jong & Wempe's script: 5.2 %). Before this was met, the analysis
 *   was off by 11.1 % here; the change (de Jong & Wempe's own voicing threshold, params.ts) was chosen with
 *   these clips in view, so a pass here is not independent evidence.
 * - cards, HELD OUT: another speaker saying card names ("four queen of clubs"). Never used to choose anything.
 *   Known weakness, measured after the change: the hiss of word-final clusters ("clubs", "spades", "hearts")
 *   stands out as its own intensity peak and passes the voicing check, so the estimate runs high: 29 syllables
 *   for 23, mean absolute error 25.7 % over the five clips (before the change: 24 for 23, 12.0 %). A Praat 6.3
 *   script we wrote after de Jong & Wempe's paper is further off on these clips (per clip 4, 6, 6, 1, 9: mean
 *   absolute error 38.7 %; on LibriVox it counts 31, 9, 21, 25, 12, near the Praat figures). The bounds below are that measured
 *   level, so they catch a regression; they do not claim the method is good on short, hiss-heavy clips.
 */
import { expect, it } from 'vitest';
import { describeWithTools } from '../test-support/required-tools';
import { CARDS, evaluateReadSpeech, LIBRIVOX, type ReadSpeechReport } from './read-speech';

function print(report: ReadSpeechReport): void {
  const rows = report.rows.map(
    (r) =>
      `${r.id}: transcript ${r.transcriptSyllables}, estimate ${r.estimatedSyllables} (${r.errorPct.toFixed(1)} %)`,
  );
  console.log([`${report.set}:`, ...rows, `mean absolute error ${report.meanAbsErrorPct.toFixed(2)} %`].join('\n'));
}

describeWithTools(['pocketsphinx-testdata'], 'speech analysis accuracy on real read speech', () => {
  it("LibriVox (development set): mean absolute syllable error at most Praat's on the same clips", () => {
    const report = evaluateReadSpeech(LIBRIVOX);
    print(report);
    expect(report.rows.map((r) => r.transcriptSyllables)).toEqual([30, 9, 20, 27, 13]);
    expect(report.praatMeanAbsErrorPct).toBeCloseTo(5.2, 1);
    expect(report.meanAbsErrorPct).toBeLessThanOrEqual(report.praatMeanAbsErrorPct!);
    for (const r of report.rows) expect(Math.abs(r.errorPct), r.id).toBeLessThanOrEqual(10);
  });

  it('cards (held out): no worse than the measured level of the known fricative overcount', () => {
    const report = evaluateReadSpeech(CARDS);
    print(report);
    expect(report.rows.map((r) => r.transcriptSyllables)).toEqual([3, 4, 4, 2, 10]);
    const total = (key: 'transcriptSyllables' | 'estimatedSyllables') => report.rows.reduce((s, r) => s + r[key], 0);
    expect(total('estimatedSyllables')).toBeGreaterThanOrEqual(total('transcriptSyllables'));
    expect(total('estimatedSyllables')).toBeLessThanOrEqual(total('transcriptSyllables') * 1.3);
    expect(report.meanAbsErrorPct).toBeLessThanOrEqual(26);
  });
});
