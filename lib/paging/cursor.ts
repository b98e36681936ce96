import { z } from "zod";

/** What a sort key holds, so a decoded cursor can be checked before it reaches a query. */
export type KeyKind = "timestamp" | "integer" | "number" | "text" | "boolean";
export type KeyValue = string | number | boolean;

const payloadSchema = z.object({ l: z.string(), s: z.string(), k: z.array(z.union([z.string().max(1000), z.number(), z.boolean()])).max(8) });

const VALID: Record<KeyKind, (value: KeyValue) => boolean> = {
  timestamp: (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)),
  integer: (value) => typeof value === "number" && Number.isSafeInteger(value),
  number: (value) => typeof value === "number" && Number.isFinite(value),
  text: (value) => typeof value === "string",
  boolean: (value) => typeof value === "boolean",
};

/**
 * An opaque page cursor: the sort-key values of the last row shown, with the list and the sort
 * they belong to, so a cursor cannot be replayed against another list or order.
 */
export function encodeCursor(list: string, sort: string, values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify({ l: list, s: sort, k: values }), "utf8").toString("base64url");
}

export type DecodedCursor = { ok: true; values: KeyValue[] } | { ok: false; reason: string };

export function decodeCursor(cursor: string, list: string, sort: string, kinds: readonly KeyKind[]): DecodedCursor {
  let payload: z.infer<typeof payloadSchema>;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!parsed.success) return { ok: false, reason: "is not a page cursor" };
    payload = parsed.data;
  } catch {
    return { ok: false, reason: "is not a page cursor" };
  }
  if (payload.l !== list) return { ok: false, reason: `belongs to another list (${payload.l.slice(0, 40)}), not ${list}` };
  if (payload.s !== sort) return { ok: false, reason: `belongs to another sort order (${payload.s.slice(0, 40)}), not ${sort}` };
  if (payload.k.length !== kinds.length || !payload.k.every((value, index) => VALID[kinds[index]!](value))) {
    return { ok: false, reason: "is not a page cursor" };
  }
  return { ok: true, values: payload.k };
}

/**
 * One page from `limit + 1` rows: the extra row only says that there is a next page, whose cursor
 * is the sort key of the last row shown.
 */
export function pageOf<Row>(rows: readonly Row[], limit: number, cursorOf: (row: Row) => string): { items: Row[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit && items.length > 0 ? cursorOf(items.at(-1)!) : null };
}
