/**
 * The outer layer of a bundle: the whole zip as one age file under a passphrase. age authenticates the header
 * (HMAC) and every 64 KiB chunk of the payload, so a changed, cut or extended file never decrypts.
 */
import { Decrypter, Encrypter } from 'age-encryption';
import { AGE_MAX_LOG_N, NativeScryptIdentity, ScryptStanzaError, type NativeScryptRecipient } from './age-scrypt';
import { refuse } from './refusals';

const AGE_INTRO = new TextEncoder().encode('age-encryption.org/v1\n');

export function looksLikeAge(bytes: Uint8Array): boolean {
  return bytes.length > AGE_INTRO.length && AGE_INTRO.every((byte, i) => bytes[i] === byte);
}

/** The recipient is made by the caller, so its key derivation can start before the zip is ready. */
export async function encryptZip(zip: Uint8Array, recipient: NativeScryptRecipient): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter.encrypt(zip);
}

/** Decrypts, or throws the refusal that says why not. */
export async function decryptZip(bytes: Uint8Array, passphrase: string, maxLogN: number): Promise<Uint8Array> {
  if (!looksLikeAge(bytes)) throw refuse('NOT_A_BUNDLE');
  const identity = new NativeScryptIdentity(passphrase, Math.min(maxLogN, AGE_MAX_LOG_N));
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    return await decrypter.decrypt(bytes);
  } catch (error) {
    if (error instanceof ScryptStanzaError) throw refuse(error.problem === 'work-factor' ? 'WORK_FACTOR' : 'DAMAGED');
    switch (identity.outcome) {
      case 'wrong-passphrase':
        throw refuse('WRONG_PASSPHRASE');
      case 'no-scrypt-stanza':
        throw refuse('NOT_PASSPHRASE');
      case 'deriving':
        // scrypt itself failed (out of memory): not the file's fault, so not reported as if it were.
        throw error;
      default:
        // The header did not parse ('not-called'), or the key opened but the HMAC or a payload chunk failed.
        throw refuse('DAMAGED');
    }
  }
}
