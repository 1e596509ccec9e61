/**
 * Tools for crafting hostile zips for the corpus: zips with any names, declared sizes that lie, duplicate
 * names (fflate, rightly, cannot write those directly), each then encrypted as a real age file.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { NativeScryptRecipient } from './age-scrypt';
import type { BundleContents } from './contents';
import { encryptZip } from './encryption';
import { buildZip } from './write';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/** A low work factor keeps the corpus quick to build; the reader accepts any factor up to 20. */
export const CORPUS_LOG_N = 10;

export type Parts = Array<[name: string, bytes: Uint8Array]>;

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A valid bundle's zip entries, in order, ready to be changed. */
export function partsOf(contents: BundleContents): Parts {
  return Object.entries(unzipSync(buildZip(contents)));
}

export function zipParts(parts: Parts, level: 0 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of parts) files[name] = [bytes, { level }];
  return zipSync(files);
}

export function encryptForCorpus(zip: Uint8Array, passphrase: string): Promise<Uint8Array> {
  return encryptZip(zip, new NativeScryptRecipient(passphrase, CORPUS_LOG_N));
}

function entryNamed(zip: Uint8Array, name: string): ZipEntry {
  const entry = readZipDirectory(zip, Number.MAX_SAFE_INTEGER).find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name} in the zip`);
  return entry;
}

/** Rewrites the uncompressed size an entry declares, in both its central and its local header. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const entry = entryNamed(copy, name);
  view.setUint32(entry.centralOffset + 24, size, true);
  view.setUint32(entry.localOffset + 22, size, true);
  return copy;
}

/** Renames an entry in place (the new name must be as long as the old one). */
export function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  const name = utf8(to);
  if (name.length !== utf8(from).length) throw new Error('renameEntry keeps the name length');
  const copy = zip.slice();
  const entry = entryNamed(copy, from);
  copy.set(name, entry.centralOffset + 46);
  copy.set(name, entry.localOffset + 30);
  return copy;
}

/** The same bytes with one base64 character of the header swapped for another valid one. */
export function swapBase64Char(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41; // 'A' or 'B'
  return copy;
}

/** The same bytes with one byte changed. */
export function flipByte(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

/** Where the header's MAC line ("--- <base64>") starts its base64, and where the payload starts. */
export function headerLayout(file: Uint8Array): { macAt: number; stanzaBodyAt: number; payloadAt: number } {
  const text = Buffer.from(file).toString('latin1');
  const macLine = text.indexOf('\n--- ') + 1;
  const payloadAt = text.indexOf('\n', macLine) + 1;
  const stanzaBodyAt = text.indexOf('\n', text.indexOf('\n-> ') + 1) + 1;
  return { macAt: macLine + 4, stanzaBodyAt, payloadAt };
}
