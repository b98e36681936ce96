/**
 * Text PostgreSQL cannot store: a NUL character, or a UTF-16 surrogate without its pair (which
 * has no UTF-8 encoding). Found before the database sees it, so the caller can name the field.
 */
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnsafeText(value: string): boolean {
  return UNSAFE.test(value);
}

export const UNSAFE_TEXT_MESSAGE = "must not contain NUL characters or unpaired surrogates";

/** The path of the first string inside a JSON-like value that PostgreSQL cannot store, or null. */
export function findUnsafeText(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return isUnsafeText(value) ? path : null;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, index], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (isUnsafeText(key)) return [...path, key];
    const found = findUnsafeText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
