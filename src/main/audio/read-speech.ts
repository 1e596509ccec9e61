/**
 * Syllable accuracy on real read speech: recordings with a transcript, the transcript's syllables counted by
 * rule, the analysis's estimate set against it. Used by `npm run analyse -- --librivox` and the real-speech
 * accuracy test. Data: Debian's pocketsphinx-testdata (BSD-licensed; the LibriVox reading itself is public
 * domain), read from where the package installs it, never copied into the repository.
 *
 * How transcript syllables are counted: word by word with the `syllable` package (English; rules plus lists of
 * exceptions), the counter the readability checks already use, with CORRECTIONS for the words it gets wrong in
 * the transcripts we use (every transcript word was checked by hand). On the five LibriVox transcripts it gives
 * 30, 9, 20, 27 and 13, the counts the issue quotes (read-speech.test.ts pins them and some hard words).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syllable } from 'syllable';
import { z } from 'zod';
import { decodeWav } from '../../shared/audio/wav';
import { analyseSpeech } from '../../shared/speech';

export interface ReadSpeechSet {
  name: string;
  dir: string;
  /** Transcript file in the CMU Sphinx format, one clip a line: `<s> the words </s> (clip-id)`. */
  transcription: string;
}

const TESTDATA = '/usr/share/pocketsphinx/test/data';

/** Five sentences of Sense and Sensibility read by one LibriVox reader: the development set of issue 14. */
export const LIBRIVOX: ReadSpeechSet = {
  name: 'LibriVox',
  dir: `${TESTDATA}/librivox`,
  transcription: 'transcription',
};

/** Five card names ("four queen of clubs") said by another speaker: real speech the analysis was never tuned on. */
export const CARDS: ReadSpeechSet = { name: 'cards', dir: `${TESTDATA}/cards`, transcription: 'cards.transcription' };

/**
 * Praat's syllable counts on the LibriVox clips (de Jong & Wempe's syllable-nuclei script at its defaults), as
 * measured for issue 14; the reference our estimate is compared with.
 */
export const PRAAT_SYLLABLES: Readonly<Record<string, number>> = Object.freeze({
  'sense_and_sensibility_01_austen_64kb-0870': 29,
  'sense_and_sensibility_01_austen_64kb-0880': 9,
  'sense_and_sensibility_01_austen_64kb-0890': 20,
  'sense_and_sensibility_01_austen_64kb-0920': 25,
  'sense_and_sensibility_01_austen_64kb-0930': 11,
});

/** A clip id names a file in the set's folder: no path separators, no "..". */
const clipSchema = z.object({
  id: z
    .string()
    .regex(/^[\w.-]+$/, 'a clip id is a file name without a folder')
    .refine((id) => !id.includes('..')),
  text: z.string().trim().min(1),
});
export type TranscribedClip = z.infer<typeof clipSchema>;

const LINE = /^\s*<s>(.*)<\/s>\s*\(([^)]*)\)\s*$/;

/** The clips of a Sphinx transcript file; blank lines are skipped, any other line that does not parse is an error. */
export function parseTranscription(content: string): TranscribedClip[] {
  return content
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const match = LINE.exec(line);
      if (!match) throw new Error(`line ${index + 1} is not "<s> words </s> (clip-id)"`);
      return clipSchema.parse({ id: match[2]!.trim(), text: match[1] });
    });
}

/** Words the `syllable` package miscounts in our transcripts, with the spoken count ("queen" is one syllable, not two). */
const CORRECTIONS: Readonly<Record<string, number>> = Object.freeze({ queen: 1 });

/** Syllables of a transcript: the sum over its words (see the file comment for the counter). */
export function transcriptSyllables(text: string): number {
  return text
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word))
    .reduce((sum, word) => sum + (CORRECTIONS[word.toLowerCase()] ?? syllable(word)), 0);
}

export interface ReadSpeechRow {
  id: string;
  transcriptSyllables: number;
  estimatedSyllables: number;
  /** (estimate - transcript) / transcript, in per cent. */
  errorPct: number;
  praat: { syllables: number; errorPct: number } | null;
  durationSeconds: number;
}

export interface ReadSpeechReport {
  set: string;
  rows: ReadSpeechRow[];
  meanAbsErrorPct: number;
  /** Praat's mean absolute error over the same clips, when Praat's count is known for every clip. */
  praatMeanAbsErrorPct: number | null;
}

const errorPct = (estimate: number, truth: number) => ((estimate - truth) / truth) * 100;
const meanAbs = (values: readonly number[]) => values.reduce((sum, v) => sum + Math.abs(v), 0) / values.length;

/** False when the set's transcript is not installed (pocketsphinx-testdata missing). */
export function readSpeechAvailable(set: ReadSpeechSet): boolean {
  return existsSync(join(set.dir, set.transcription));
}

export function evaluateReadSpeech(set: ReadSpeechSet): ReadSpeechReport {
  const clips = parseTranscription(readFileSync(join(set.dir, set.transcription), 'utf8'));
  if (clips.length === 0) throw new Error(`${set.transcription} lists no clips`);
  const rows = clips.map((clip): ReadSpeechRow => {
    const wav = decodeWav(new Uint8Array(readFileSync(join(set.dir, `${clip.id}.wav`))));
    const truth = transcriptSyllables(clip.text);
    const estimate = analyseSpeech(wav.samples, wav.sampleRate).syllableCount;
    const praat = PRAAT_SYLLABLES[clip.id];
    return {
      id: clip.id,
      transcriptSyllables: truth,
      estimatedSyllables: estimate,
      errorPct: errorPct(estimate, truth),
      praat: praat === undefined ? null : { syllables: praat, errorPct: errorPct(praat, truth) },
      durationSeconds: wav.durationSeconds,
    };
  });
  const praatErrors = rows.map((r) => r.praat?.errorPct);
  return {
    set: set.name,
    rows,
    meanAbsErrorPct: meanAbs(rows.map((r) => r.errorPct)),
    praatMeanAbsErrorPct: praatErrors.every((e): e is number => e !== undefined) ? meanAbs(praatErrors) : null,
  };
}
