/**
 * Folding for "does this private detail appear in the draft?": case-insensitive, accent-insensitive
 * (NFKD, then combining marks dropped), whitespace runs collapsed to one space, curly apostrophes and
 * dashes made plain. Every folded character remembers which original characters it came from, so a
 * match in the folded text maps back to exact UTF-16 offsets in the original for highlighting.
 */

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: the offset of the original text it starts at. */
  starts: number[];
  /** For each UTF-16 unit of `folded`: the offset just after the original text it came from. */
  ends: number[];
}

const MARK = /\p{M}/gu;
const WHITESPACE = /\s/u;
const APOSTROPHES = /[‘’ʼ`´]/gu;
const DASHES = /[‐‑‒–—―−]/gu;

function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch.toLowerCase();
  // Upper then lower case folds ß -> ss and Greek final sigma, which lower case alone does not.
  return ch
    .normalize('NFKD')
    .replace(MARK, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toUpperCase()
    .toLowerCase();
}

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  let inSpace = false;
  for (const ch of text) {
    const next = offset + ch.length;
    if (WHITESPACE.test(ch)) {
      if (inSpace) {
        ends[ends.length - 1] = next;
      } else {
        folded += ' ';
        starts.push(offset);
        ends.push(next);
        inSpace = true;
      }
      offset = next;
      continue;
    }
    inSpace = false;
    const f = foldCodePoint(ch);
    if (f.length === 0) {
      // A combining mark on its own: it belongs to the character before it.
      if (ends.length > 0) ends[ends.length - 1] = next;
    } else {
      folded += f;
      for (let i = 0; i < f.length; i += 1) {
        starts.push(offset);
        ends.push(next);
      }
    }
    offset = next;
  }
  return { folded, starts, ends };
}

/** The folded form of a short value (a private detail, a topic, a name), trimmed. */
export function fold(value: string): string {
  return foldWithMap(value).folded.trim();
}
