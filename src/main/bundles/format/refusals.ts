/**
 * Every reason a bundle is refused, each with its own one-sentence message that says what to do. The kind is
 * kept on the error so tests and the importer can tell them apart without matching on words.
 */
import { BUNDLE_EXTENSION } from '../../../shared/features/bundles/schemas';
import { AppError, type ErrorCode } from '../../../shared/result';

const DAMAGED = 'it was damaged or changed after it was made, so ask the sender for a new copy';
const FOREIGN = 'it was not made by Ambassador Studio';
const NEWER = 'it was made by a newer version of Ambassador Studio; update this laptop first';

/** The detail a message may carry: a file name, a line number, two versions. */
export interface RefusalDetail {
  name?: string;
  line?: number;
  found?: number | string;
  expected?: number | string;
  limit?: number;
}

type Message = (d: RefusalDetail) => string;

const MB = (bytes: number | undefined) => `${Math.round((bytes ?? 0) / (1024 * 1024)).toLocaleString('en')} MB`;
/** Names come from the file: quoted and cut short so a hostile one cannot break the line or flood the screen. */
const quoted = (name: string | undefined) => JSON.stringify((name ?? '').slice(0, 80));

const REFUSALS = {
  FILE_TOO_LARGE: ['TOO_LARGE', (d) => `This bundle is larger than ${MB(d.limit)}; ask for one without recordings.`],
  NOT_A_BUNDLE: [
    'VALIDATION',
    () => `This file is not an Ambassador Studio bundle; choose a file ending in ${BUNDLE_EXTENSION}.`,
  ],
  WRONG_PASSPHRASE: [
    'VALIDATION',
    () => 'That passphrase does not open this bundle; check it with the person who made the bundle.',
  ],
  NOT_PASSPHRASE: ['UNSUPPORTED', () => `This file is encrypted for a key rather than a passphrase; ${FOREIGN}.`],
  WORK_FACTOR: [
    'UNSUPPORTED',
    () => `This bundle's passphrase protection asks for more work than this laptop allows; ${FOREIGN}.`,
  ],
  DAMAGED: ['VALIDATION', () => `This bundle cannot be opened because ${DAMAGED}.`],
  BAD_LAYOUT: ['VALIDATION', () => `This bundle's contents are not laid out as a bundle; ${DAMAGED}.`],
  TOO_MANY_ENTRIES: [
    'TOO_LARGE',
    (d) => `This bundle holds more than ${(d.limit ?? 0).toLocaleString('en')} files; ${FOREIGN}.`,
  ],
  TOO_LARGE_UNPACKED: [
    'TOO_LARGE',
    (d) => `This bundle would unpack to more than ${MB(d.limit)}; ask for one without recordings.`,
  ],
  ZIP_BOMB: [
    'TOO_LARGE',
    (d) =>
      `The file ${quoted(d.name)} in this bundle unpacks to over ${d.limit} times its size (a zip bomb); ${FOREIGN}.`,
  ],
  SIZE_MISMATCH: ['VALIDATION', (d) => `The file ${quoted(d.name)} is not the size this bundle lists; ${DAMAGED}.`],
  UNSAFE_NAME: ['VALIDATION', (d) => `This bundle holds a file with an unsafe name, ${quoted(d.name)}; ${FOREIGN}.`],
  UNEXPECTED_NAME: ['VALIDATION', (d) => `This bundle holds a file a bundle never has, ${quoted(d.name)}; ${FOREIGN}.`],
  DUPLICATE_NAME: ['VALIDATION', (d) => `This bundle holds two files named ${quoted(d.name)}; ${DAMAGED}.`],
  MANIFEST_MISSING: ['VALIDATION', () => `This bundle has no manifest; ${DAMAGED}.`],
  MANIFEST_INVALID: [
    'VALIDATION',
    (d) => `This bundle's manifest is not valid (${d.found ?? 'not JSON'}); ${DAMAGED}.`,
  ],
  NEWER_FORMAT: ['UNSUPPORTED', (d) => `This bundle (format ${d.found}, this laptop reads ${d.expected}): ${NEWER}.`],
  NEWER_SCHEMA: [
    'UNSUPPORTED',
    (d) => `This bundle (data version ${d.found}, this laptop has ${d.expected}): ${NEWER}.`,
  ],
  MANIFEST_MISMATCH: [
    'VALIDATION',
    (d) => `This bundle's contents do not match its manifest (${d.found}); ${DAMAGED}.`,
  ],
  BLOB_MISMATCH: [
    'VALIDATION',
    (d) => `The photo or recording ${quoted(d.name)} does not match its fingerprint; ${DAMAGED}.`,
  ],
  BAD_LINE: ['VALIDATION', (d) => `Line ${d.line} of ${quoted(d.name)} is not a JSON object; ${DAMAGED}.`],
} satisfies Record<string, readonly [ErrorCode, Message]>;

export type BundleRefusal = keyof typeof REFUSALS;

export class BundleRefusalError extends AppError {
  readonly refusal: BundleRefusal;
  constructor(refusal: BundleRefusal, detail: RefusalDetail = {}) {
    const [code, message] = REFUSALS[refusal];
    super(code, message(detail));
    this.refusal = refusal;
  }
}

export function refuse(refusal: BundleRefusal, detail: RefusalDetail = {}): BundleRefusalError {
  return new BundleRefusalError(refusal, detail);
}
