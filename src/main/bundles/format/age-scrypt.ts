/**
 * age's passphrase ("scrypt") recipient and identity (C2SP age.md), with the key derivation done by Node's
 * native, asynchronous scrypt on libuv's thread pool. age-encryption's own scrypt is pure JavaScript: slower, and
 * it blocks the event loop (so every window of the app) for about a second per bundle.
 */
import { randomBytes, scrypt } from 'node:crypto';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { Stanza, type Identity, type Recipient } from 'age-encryption';

const LABEL = new TextEncoder().encode('age-encryption.org/v1/scrypt');
const SALT_BYTES = 16;
const FILE_KEY_BYTES = 16;
const R = 8;
/** The stanza body is the 16-byte file key plus a 16-byte Poly1305 tag. */
const BODY_BYTES = FILE_KEY_BYTES + 16;
/** age's default work factor: about half a second here with the native scrypt. */
export const DEFAULT_LOG_N = 18;
/** The highest work factor age itself accepts on decryption. */
export const AGE_MAX_LOG_N = 20;

function deriveWrapKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Uint8Array> {
  const N = 2 ** logN;
  const labelAndSalt = new Uint8Array(LABEL.length + salt.length);
  labelAndSalt.set(LABEL);
  labelAndSalt.set(salt, LABEL.length);
  // scrypt needs 128·r·N bytes (256 MiB at N = 2^18) plus a little for its other buffers.
  const maxmem = 128 * R * N + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(new TextEncoder().encode(passphrase), labelAndSalt, 32, { N, r: R, p: 1, maxmem }, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)),
    );
  });
}

const zeroNonce = () => new Uint8Array(12);
const base64NoPad = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

/** Strict: the spec allows only canonical unpadded base64, which Node's lenient decoder would not check. */
function decodeSalt(text: string | undefined): Uint8Array | null {
  if (text === undefined || !/^[A-Za-z0-9+/]{22}$/.test(text)) return null;
  const salt = new Uint8Array(Buffer.from(text, 'base64'));
  return salt.length === SALT_BYTES && base64NoPad(salt) === text ? salt : null;
}

/**
 * Wraps one file's key. Single use on purpose: the wrap key depends only on passphrase and salt, and the nonce
 * is fixed by the spec, so wrapping a second file key under the same salt would reuse a ChaCha20 key stream.
 */
export class NativeScryptRecipient implements Recipient {
  private readonly salt = new Uint8Array(randomBytes(SALT_BYTES));
  private readonly wrapKey: Promise<Uint8Array>;
  private used = false;

  constructor(
    passphrase: string,
    private readonly logN: number = DEFAULT_LOG_N,
  ) {
    // Derivation starts now, on the thread pool, so it overlaps with building the zip on the main thread.
    this.wrapKey = deriveWrapKey(passphrase, this.salt, logN);
    // Marked handled here; whoever awaits it in wrapFileKey still sees the failure.
    this.wrapKey.catch(() => undefined);
  }

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    if (this.used) throw new Error('A passphrase recipient wraps one file key only; make a new one per file.');
    this.used = true;
    const body = chacha20poly1305(await this.wrapKey, zeroNonce()).encrypt(fileKey);
    return [new Stanza(['scrypt', base64NoPad(this.salt), String(this.logN)], body)];
  }
}

export type ScryptStanzaProblem = 'not-alone' | 'malformed' | 'work-factor';

/** A scrypt stanza this identity recognised but must not use. */
export class ScryptStanzaError extends Error {
  constructor(readonly problem: ScryptStanzaProblem) {
    super(`age scrypt stanza refused: ${problem}`);
    this.name = 'ScryptStanzaError';
  }
}

/**
 * Unwraps a passphrase-encrypted file's key. `outcome` remembers what happened, because age's Decrypter reports
 * "no identity matched" the same way for a wrong passphrase and for a file made for someone's key.
 */
export class NativeScryptIdentity implements Identity {
  outcome: 'not-called' | 'no-scrypt-stanza' | 'deriving' | 'wrong-passphrase' | 'opened' = 'not-called';

  constructor(
    private readonly passphrase: string,
    private readonly maxLogN: number = AGE_MAX_LOG_N,
  ) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) {
      this.outcome = 'no-scrypt-stanza';
      return null;
    }
    // A passphrase file has exactly one recipient; otherwise anyone holding another key could swap the payload.
    if (stanzas.length !== 1) throw new ScryptStanzaError('not-alone');
    const [, saltText, logNText, ...extra] = stanza.args;
    const salt = decodeSalt(saltText);
    if (!salt || extra.length > 0 || logNText === undefined || !/^[1-9][0-9]*$/.test(logNText))
      throw new ScryptStanzaError('malformed');
    if (stanza.body.length !== BODY_BYTES) throw new ScryptStanzaError('malformed');
    const logN = Number(logNText);
    if (logN > this.maxLogN) throw new ScryptStanzaError('work-factor');
    this.outcome = 'deriving';
    const wrapKey = await deriveWrapKey(this.passphrase, salt, logN);
    try {
      const fileKey = chacha20poly1305(wrapKey, zeroNonce()).decrypt(stanza.body);
      this.outcome = 'opened';
      return fileKey;
    } catch {
      // The tag did not verify: with one scrypt stanza, that means this passphrase is not the one used.
      this.outcome = 'wrong-passphrase';
      return null;
    }
  }
}
