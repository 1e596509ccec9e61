import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

const join = (parts: ReturnType<typeof wordDiff>, keep: 'before' | 'after') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === (keep === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks changed words and keeps the rest', () => {
    const parts = wordDiff('We build homes together', 'We build a future together');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['homes']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['a future']);
  });

  it('rebuilds both texts exactly, including spacing and non-Latin scripts', () => {
    const before = 'Мы  строим дом.\nنحن هنا';
    const after = 'Мы строим новый дом.\nنحن هنا 🙂';
    const parts = wordDiff(before, after);
    expect(join(parts, 'before')).toBe(before);
    expect(join(parts, 'after')).toBe(after);
  });

  it('handles empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new words')).toEqual([{ kind: 'added', text: 'new words' }]);
  });
});
