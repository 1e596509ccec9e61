/**
 * What counts as plain data in a request: the values JSON could carry, plus Uint8Array for bytes (photos,
 * recordings). Everything else is refused before a schema sees it, because a schema can be fooled by it: a Map
 * has no own keys, so an object schema whose fields are all optional reads it as `{}` and an empty patch is
 * saved. Both transports deliver such values intact (devalue revives Map, Set, Date, RegExp and typed arrays;
 * Electron's structured clone keeps them too), so the refusal cannot be left to the serializer.
 */

/** With the `u` flag a surrogate pair is one code point, so only a lone (unpaired) surrogate matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/** True when the text holds half of a surrogate pair: not valid Unicode, and UTF-8 would turn it into U+FFFD. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Uint8Array (a Node Buffer counts: it is one) is the only binary value a channel accepts. */
export function isBytes(value: object): boolean {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** An object literal (or one made with no prototype); class instances, Map, Date and friends are not. */
export function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** A name a person can recognise for a value that is not plain data: "Map", "Date", "Int16Array", "Point". */
export function kindOf(value: object): string {
  const tag = Object.prototype.toString.call(value).slice('[object '.length, -1);
  if (tag !== 'Object') return tag;
  const proto: unknown = Object.getPrototypeOf(value);
  const maker: unknown = proto && Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  return typeof maker === 'function' && maker.name ? maker.name : 'object with an unusual prototype';
}

/** "a Map", "an Int16Array". */
export function withArticle(noun: string): string {
  return `${/^[AEIOUaeiou]/u.test(noun) ? 'an' : 'a'} ${noun}`;
}
