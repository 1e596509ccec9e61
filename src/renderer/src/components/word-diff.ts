/**
 * A word-level diff for comparing two versions of a quote: the longest common subsequence of words, with the
 * spaces kept attached so the result reads naturally. Quotes are short (a few hundred words at most), so the
 * simple O(n·m) table is fine.
 */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const MAX_TOKENS = 2000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/**
 * Tidies a raw diff for reading: a lone space kept between two changes belongs to the change ("homes" ->
 * "a future" rather than "a", " ", "future"), and each run of changes shows what went, then what came.
 */
function group(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    const part = parts[i]!;
    if (part.kind === 'same') {
      out.push(part);
      i += 1;
      continue;
    }
    let removed = '';
    let added = '';
    let j = i;
    while (j < parts.length) {
      const p = parts[j]!;
      const bridging =
        p.kind === 'same' && /^\s+$/u.test(p.text) && j + 1 < parts.length && parts[j + 1]!.kind !== 'same';
      if (p.kind === 'removed') removed += p.text;
      else if (p.kind === 'added') added += p.text;
      else if (bridging) {
        removed += p.text;
        added += p.text;
      } else break;
      j += 1;
    }
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    i = j;
  }
  return out;
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]).filter((p) => p.text);
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = lcs[i]!;
    const below = lcs[i + 1]!;
    for (let j = b.length - 1; j >= 0; j -= 1) {
      row[j] = a[i] === b[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      parts.push({ kind: 'removed', text: a[i]! });
      i += 1;
    } else {
      parts.push({ kind: 'added', text: b[j]! });
      j += 1;
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++]! });
  return merge(group(merge(parts)));
}
