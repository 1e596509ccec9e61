/** JSON Lines: one JSON object per line, each line ending in "\n". */
import { refuse } from './refusals';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.stringify escapes every newline inside strings (and lone surrogates), so a row is always one line. */
export function encodeJsonl(rows: readonly unknown[]): Uint8Array {
  return encoder.encode(rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
}

/** `name` is the entry's path, for the message that says which line of which file is broken. */
export function parseJsonl(bytes: Uint8Array, name: string): Record<string, unknown>[] {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw refuse('BAD_LINE', { name, line: 1 });
  }
  if (text === '') return [];
  const lines = text.split('\n');
  // The last line ends with "\n" too, which leaves one empty string after the split.
  if (lines.pop() !== '') throw refuse('BAD_LINE', { name, line: lines.length + 1 });
  return lines.map((line, index) => {
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw refuse('BAD_LINE', { name, line: index + 1 });
    }
    if (!isJsonObject(row)) throw refuse('BAD_LINE', { name, line: index + 1 });
    return row;
  });
}
