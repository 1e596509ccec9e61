import { describe, expect, it } from 'vitest';
import { parseTranscription, PRAAT_SYLLABLES, transcriptSyllables } from './read-speech';

/** The five LibriVox transcripts of pocketsphinx-testdata (Jane Austen, public domain), as the package has them. */
const LIBRIVOX_TRANSCRIPTION = `<s> and mister john dashwood had then leisure to consider how much there might be prudently in his power to do for them </s> (sense_and_sensibility_01_austen_64kb-0870)
<s> he was not an ill disposed young man </s> (sense_and_sensibility_01_austen_64kb-0880)
<s> unless to be rather cold hearted and rather selfish is to be ill disposed </s> (sense_and_sensibility_01_austen_64kb-0890)
<s> had he married a more a amiable woman he might have been made still more respectable than he was </s> (sense_and_sensibility_01_austen_64kb-0920)
<s> he might even have been made amiable himself </s> (sense_and_sensibility_01_austen_64kb-0930)
`;

describe('parseTranscription', () => {
  it('reads the Sphinx transcript format, one clip a line, skipping blank lines', () => {
    const clips = parseTranscription(`${LIBRIVOX_TRANSCRIPTION}\n\n`);
    expect(clips.map((c) => c.id)).toEqual(Object.keys(PRAAT_SYLLABLES));
    expect(clips[1]).toEqual({
      id: 'sense_and_sensibility_01_austen_64kb-0880',
      text: 'he was not an ill disposed young man',
    });
    expect(parseTranscription('<s> ten of clubs  </s> (001)\r\n')).toEqual([{ id: '001', text: 'ten of clubs' }]);
  });

  it('refuses a line that is not a transcript line, naming it', () => {
    expect(() => parseTranscription('<s> fine </s> (a)\njust words (b)')).toThrow(/line 2/);
    expect(() => parseTranscription('<s>  </s> (a)')).toThrow();
  });

  it('refuses clip ids that would reach outside the folder', () => {
    for (const id of ['../secret', 'a/b', '..', '']) {
      expect(() => parseTranscription(`<s> words </s> (${id})`), id).toThrow();
    }
  });
});

describe('transcriptSyllables (the "syllable" package, word by word)', () => {
  it("gives the issue's transcript counts on the five LibriVox clips: 30, 9, 20, 27, 13", () => {
    const counts = parseTranscription(LIBRIVOX_TRANSCRIPTION).map((c) => transcriptSyllables(c.text));
    expect(counts).toEqual([30, 9, 20, 27, 13]);
  });

  it.each([
    ['amiable', 4],
    ['respectable', 4],
    ['prudently', 3],
    ['leisure', 2],
    ['disposed', 2],
    ['hearted', 2],
    ['power', 2],
    ['the', 1],
    ['queen of clubs', 3], // the package alone says 4: "queen" is a correction
    ['seven of hearts', 4],
  ])('%s: %i', (text, count) => {
    expect(transcriptSyllables(text)).toBe(count);
  });

  it('ignores tokens without letters and extra spaces', () => {
    expect(transcriptSyllables('  ten -- of   clubs 42 ')).toBe(3);
    expect(transcriptSyllables('')).toBe(0);
  });
});
