import { decodeCursor, encodeCursor, type KeyKind, type KeyValue } from "@/lib/paging/cursor";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../http/errors";

/** One column of a keyset sort: its SQL expression and what it holds. */
export interface SortKey {
  sql: Prisma.Sql;
  kind: KeyKind;
}

/** A sort of a list: its keys, the last one unique (the id), all in one direction. */
export interface KeysetSort {
  keys: readonly SortKey[];
  direction: "asc" | "desc";
}

/** The cursor's values, or a 400 naming the `cursor` parameter. */
export function cursorValues(cursor: string | undefined, list: string, sortName: string, sort: KeysetSort): KeyValue[] | null {
  if (cursor === undefined) return null;
  const decoded = decodeCursor(cursor, list, sortName, sort.keys.map((key) => key.kind));
  if (!decoded.ok) throw new AppError("invalid", `cursor ${decoded.reason}`, { fields: { cursor: [`the cursor ${decoded.reason}`] } });
  return decoded.values;
}

function param(value: KeyValue, kind: KeyKind): Prisma.Sql {
  switch (kind) {
    case "timestamp":
      return Prisma.sql`${new Date(value as string)}::timestamp(3)`;
    case "integer":
      return Prisma.sql`${value}::bigint`;
    case "number":
      return Prisma.sql`${value}::real`;
    case "boolean":
      return Prisma.sql`${value}::boolean`;
    default:
      return Prisma.sql`${value}::text`;
  }
}

/** Rows after the cursor: one row comparison, which PostgreSQL can answer from a matching index. */
export function afterCursor(sort: KeysetSort, values: KeyValue[] | null): Prisma.Sql {
  if (!values) return Prisma.sql`true`;
  const columns = Prisma.join(sort.keys.map((key) => key.sql));
  const after = Prisma.join(values.map((value, index) => param(value, sort.keys[index]!.kind)));
  return sort.direction === "asc" ? Prisma.sql`(${columns}) > (${after})` : Prisma.sql`(${columns}) < (${after})`;
}

export function orderBy(sort: KeysetSort): Prisma.Sql {
  const direction = Prisma.raw(sort.direction === "asc" ? "ASC" : "DESC");
  return Prisma.join(sort.keys.map((key) => Prisma.sql`${key.sql} ${direction}`));
}

/** The sort keys as one selected column, `sortKey`, for the next cursor. */
export function sortKeyColumn(sort: KeysetSort): Prisma.Sql {
  return Prisma.sql`json_build_array(${Prisma.join(sort.keys.map((key) => key.sql))}) AS "sortKey"`;
}

/** Encodes a row's `sortKey` (timestamps as ISO text from json_build_array) as the next page's cursor. */
export function cursorFor(list: string, sortName: string, sort: KeysetSort, sortKey: unknown[]): string {
  const values = sortKey.map((value, index) => {
    const kind = sort.keys[index]!.kind;
    if (kind === "timestamp") return new Date(`${String(value)}Z`).toISOString();
    if (kind === "integer") return Number(value);
    return value as KeyValue;
  });
  return encodeCursor(list, sortName, values);
}

export const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`);
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
