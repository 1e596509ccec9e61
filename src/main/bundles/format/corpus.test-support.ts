/**
 * A corpus of malicious and broken bundles. Each entry is refused by readBundle with a message matching
 * `expect`; every entry is a real age file under its passphrase except those that test the encryption itself,
 * so an importer that skipped a check would get as far as that check. Used by the format's tests and by the
 * import tests that prove a refused bundle leaves the database untouched.
 */
import { randomBytes } from 'node:crypto';
import { Encrypter, generateIdentity, identityToRecipient, Stanza } from 'age-encryption';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { sha256Hex } from './contents';
import * as z from './corpus-zips.test-support';
import { exampleContents, EXAMPLE_PASSPHRASE } from './example.test-support';

export interface CorpusEntry {
  name: string;
  bytes: Uint8Array;
  passphrase: string;
  expect: RegExp;
}

const DAMAGED = /damaged or changed after it was made/;
const NOT_A_BUNDLE = /not an Ambassador Studio bundle/;
const UNSAFE = /unsafe name/;
const NEWER = /newer version of Ambassador Studio; update this laptop first/;

/** The example's zip entries with one changed (or removed, when `bytes` is null). */
function withPart(name: string, bytes: Uint8Array | null, parts = z.partsOf(exampleContents())): z.Parts {
  const rest = parts.filter(([n]) => n !== name);
  return bytes === null ? rest : [...rest, [name, bytes]];
}

function manifestWith(change: Record<string, unknown>): Uint8Array {
  return z.utf8(JSON.stringify({ ...exampleContents().manifest, ...change }));
}

export async function buildMaliciousCorpus(passphrase = EXAMPLE_PASSPHRASE): Promise<CorpusEntry[]> {
  const seal = (zip: Uint8Array) => z.encryptForCorpus(zip, passphrase);
  const sealParts = (parts: z.Parts) => seal(z.zipParts(parts));
  const valid = await sealParts(z.partsOf(exampleContents()));
  const { macAt, stanzaBodyAt, payloadAt } = z.headerLayout(valid);
  const zeros = new Uint8Array(20 * 1024 * 1024);
  const keyEncrypter = new Encrypter();
  keyEncrypter.addRecipient(await identityToRecipient(await generateIdentity()));
  const heavy = new Encrypter();
  heavy.addRecipient({
    wrapFileKey: () => [new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAA', '21'], new Uint8Array(32))],
  });
  const twoTables = withPart('tables/quotx.jsonl', z.utf8('{"id":"x"}\n'));
  const tooMany: z.Parts = Array.from({ length: 50_001 }, (_, i) => [`blobs/${i}`, new Uint8Array(0)]);
  const [blobA, blobB] = [`blobs/${sha256Hex(z.utf8('a'))}`, `blobs/${sha256Hex(z.utf8('b'))}`];
  const big = z.zipParts(withPart(blobA, z.utf8('a')).concat([[blobB, z.utf8('b')]]));
  const lieName = `blobs/${sha256Hex(zeros.subarray(0, 2_000_000))}`;
  const lie = z.zipParts(withPart(lieName, zeros.subarray(0, 2_000_000)));

  const entries: Array<[string, Uint8Array | Promise<Uint8Array>, RegExp, string?]> = [
    // The encryption itself.
    ['wrong passphrase', valid, /passphrase does not open this bundle/, 'not the passphrase it was made with'],
    ['truncated: cut in half', valid.subarray(0, Math.floor(valid.length / 2)), DAMAGED],
    ['truncated: last byte cut', valid.subarray(0, valid.length - 1), DAMAGED],
    ['extended: one byte added', Uint8Array.from([...valid, 0]), DAMAGED],
    ['header: a byte of the MAC flipped', z.flipByte(valid, macAt + 3), DAMAGED],
    // A changed wrapped key is indistinguishable from a wrong passphrase: both fail the same tag.
    [
      'header: a byte of the wrapped key flipped',
      z.swapBase64Char(valid, stanzaBodyAt + 2),
      /passphrase does not open/,
    ],
    ['payload: a byte flipped', z.flipByte(valid, payloadAt + 40), DAMAGED],
    ['payload: last byte flipped', z.flipByte(valid, valid.length - 1), DAMAGED],
    ['not age: random bytes', new Uint8Array(randomBytes(4096)), NOT_A_BUNDLE],
    ['not age: a plain zip', z.zipParts(z.partsOf(exampleContents())), NOT_A_BUNDLE],
    ['not age: empty file', new Uint8Array(0), NOT_A_BUNDLE],
    ['age for a key, not a passphrase', keyEncrypter.encrypt(z.utf8('hello')), /encrypted for a key/],
    ['age scrypt work factor 21', heavy.encrypt(z.utf8('hello')), /asks for more work than this laptop allows/],
    // Valid age files whose zip is hostile.
    ['not a zip inside', seal(z.utf8('just some text, no zip')), /not laid out as a bundle/],
    ['zip bomb by ratio', sealParts(withPart(`blobs/${sha256Hex(zeros)}`, zeros)), /zip bomb/],
    ['too many entries', sealParts(tooMany), /more than 50,000 files/],
    [
      'total size over the limit',
      seal(z.declareSize(z.declareSize(big, blobA, 2 ** 31), blobB, 2 ** 31)),
      /unpack to more than 1,024 MB/,
    ],
    ['an entry larger than it declares', seal(z.declareSize(lie, lieName, 1000)), /not the size this bundle lists/],
    ['path ../escape', sealParts(withPart('../escape', z.utf8('x'))), UNSAFE],
    ['path tables/../../escape.jsonl', sealParts(withPart('tables/../../escape.jsonl', z.utf8('x'))), UNSAFE],
    ['absolute path', sealParts(withPart('/etc/passwd', z.utf8('x'))), UNSAFE],
    ['backslash path', sealParts(withPart('tables\\quote.jsonl', z.utf8('{}\n'))), UNSAFE],
    ['drive letter', sealParts(withPart('C:/escape', z.utf8('x'))), UNSAFE],
    ['NUL in a name', sealParts(withPart('tables/quote.jsonl\0.txt', z.utf8('x'))), UNSAFE],
    ['a file outside the layout', sealParts(withPart('notes.txt', z.utf8('x'))), /a file a bundle never has/],
    [
      'duplicate entry',
      seal(z.renameEntry(z.zipParts(twoTables), 'tables/quotx.jsonl', 'tables/quote.jsonl')),
      /two files named "tables\/quote.jsonl"/,
    ],
    ['manifest missing', sealParts(withPart('manifest.json', null)), /has no manifest/],
    [
      'manifest invalid',
      sealParts(withPart('manifest.json', manifestWith({ kind: 'everything' }))),
      /manifest is not valid \(kind/,
    ],
    ['manifest not JSON', sealParts(withPart('manifest.json', z.utf8('{"format": '))), /manifest is not valid/],
    [
      'formatVersion newer',
      sealParts(withPart('manifest.json', manifestWith({ formatVersion: 2, future: true }))),
      NEWER,
    ],
    [
      'schemaVersion newer',
      sealParts(withPart('manifest.json', manifestWith({ schemaVersion: LATEST_SCHEMA_VERSION + 10 }))),
      NEWER,
    ],
    [
      'blob hash mismatch',
      sealParts(withPart(`blobs/${sha256Hex(z.utf8('one'))}`, z.utf8('two'))),
      /does not match its fingerprint/,
    ],
    [
      'bad JSONL line',
      sealParts(withPart('tables/quote.jsonl', z.utf8('{"id":"q1"}\n{not json\n'))),
      /Line 2 of "tables\/quote.jsonl"/,
    ],
    ['JSONL row that is not an object', sealParts(withPart('tables/quote.jsonl', z.utf8('[1,2]\n'))), /Line 1 of/],
    [
      'rows not matching the manifest',
      sealParts(withPart('tables/quote.jsonl', z.utf8('{"id":"q1"}\n'))),
      /do not match its manifest \(quote: 1 rows, listed 4\)/,
    ],
  ];
  return Promise.all(
    entries.map(async ([name, bytes, expect, otherPassphrase]) => ({
      name,
      bytes: await bytes,
      passphrase: otherPassphrase ?? passphrase,
      expect,
    })),
  );
}
