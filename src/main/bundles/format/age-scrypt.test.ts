/**
 * The native scrypt recipient and identity against age-encryption's own implementation, both ways, plus the
 * spec's refusals (work factor above 20, a scrypt stanza that is not alone, malformed arguments).
 */
import { Decrypter, Encrypter, Stanza, type Recipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { NativeScryptIdentity, NativeScryptRecipient, ScryptStanzaError } from './age-scrypt';

const PASSPHRASE = 'a passphrase with ünïcödé 🔑';
const message = new TextEncoder().encode('the zip goes here');
const fileKey = new Uint8Array(16).fill(7);

async function openWith(identity: NativeScryptIdentity, file: Uint8Array): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return decrypter.decrypt(file);
}

describe('age scrypt with native crypto.scrypt', () => {
  it('opens a file age-encryption encrypted with setPassphrase (work factor 18)', async () => {
    const encrypter = new Encrypter();
    encrypter.setPassphrase(PASSPHRASE);
    const file = await encrypter.encrypt(message);
    const identity = new NativeScryptIdentity(PASSPHRASE);
    expect(await openWith(identity, file)).toEqual(message);
    expect(identity.outcome).toBe('opened');
  }, 30_000);

  it("makes files age-encryption's addPassphrase opens (work factor 18)", async () => {
    const encrypter = new Encrypter();
    encrypter.addRecipient(new NativeScryptRecipient(PASSPHRASE));
    const file = await encrypter.encrypt(message);
    expect(new TextDecoder().decode(file)).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    expect(await decrypter.decrypt(file)).toEqual(message);
  }, 30_000);

  it('says "wrong passphrase" by returning null and remembering why', async () => {
    const [stanza] = await new NativeScryptRecipient(PASSPHRASE, 10).wrapFileKey(fileKey);
    const identity = new NativeScryptIdentity('another passphrase');
    expect(await identity.unwrapFileKey([stanza!])).toBeNull();
    expect(identity.outcome).toBe('wrong-passphrase');
    expect(await new NativeScryptIdentity(PASSPHRASE).unwrapFileKey([stanza!])).toEqual(fileKey);
  });

  it('ignores files made for a key (no scrypt stanza)', async () => {
    const identity = new NativeScryptIdentity(PASSPHRASE);
    expect(await identity.unwrapFileKey([new Stanza(['X25519', 'abc'], new Uint8Array(32))])).toBeNull();
    expect(identity.outcome).toBe('no-scrypt-stanza');
  });

  it('refuses work factors above 20, extra stanzas and malformed arguments before deriving anything', async () => {
    const [good] = await new NativeScryptRecipient(PASSPHRASE, 10).wrapFileKey(fileKey);
    const salt = good!.args[1]!;
    const cases: Array<[Stanza[], string]> = [
      [[new Stanza(['scrypt', salt, '21'], good!.body)], 'work-factor'],
      [[good!, new Stanza(['X25519', 'abc'], new Uint8Array(32))], 'not-alone'],
      [[new Stanza(['scrypt', salt], good!.body)], 'malformed'],
      [[new Stanza(['scrypt', salt, '018'], good!.body)], 'malformed'],
      [[new Stanza(['scrypt', `${salt}==`, '10'], good!.body)], 'malformed'],
      [[new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAB', '10'], good!.body)], 'malformed'], // non-canonical base64
      [[new Stanza(['scrypt', salt, '10'], good!.body.subarray(0, 31))], 'malformed'],
      [[new Stanza(['scrypt', salt, '10', 'extra'], good!.body)], 'malformed'],
    ];
    for (const [stanzas, problem] of cases) {
      const identity = new NativeScryptIdentity(PASSPHRASE);
      const error = await identity.unwrapFileKey(stanzas).catch((e: unknown) => e);
      expect(error, problem).toBeInstanceOf(ScryptStanzaError);
      expect((error as ScryptStanzaError).problem).toBe(problem);
      expect(identity.outcome).toBe('not-called');
    }
  });

  it('wraps one file key per recipient, never two under the same salt', async () => {
    const recipient: Recipient = new NativeScryptRecipient(PASSPHRASE, 10);
    await recipient.wrapFileKey(fileKey);
    await expect(recipient.wrapFileKey(fileKey)).rejects.toThrow(/one file key only/);
  });

  it('keeps the event loop free while deriving (the timer fires during the derivation)', async () => {
    const started = performance.now();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    const recipient = new NativeScryptRecipient(PASSPHRASE);
    await recipient.wrapFileKey(fileKey);
    clearInterval(timer);
    const elapsed = performance.now() - started;
    console.info(`native scrypt N=2^18: ${elapsed.toFixed(0)} ms, ${ticks} timer ticks meanwhile`);
    expect(ticks).toBeGreaterThan(elapsed / 20 / 3);
  }, 30_000);
});
