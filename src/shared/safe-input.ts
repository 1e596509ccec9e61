/**
 * Keys that must never reach a handler: they are how prototype pollution starts. Inputs are checked before
 * schema parsing so that even a permissive schema cannot let them through.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** Returns the path of the first forbidden key, or null when the value is clean. */
export function findForbiddenKey(value: unknown, path = '', depth = 0): string | null {
  if (depth > MAX_DEPTH) return path || '(root)';
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return `${path}[symbol]`;
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], here, depth + 1);
    if (found) return found;
  }
  return null;
}
