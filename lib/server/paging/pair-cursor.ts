import { decodeCursor, encodeCursor } from "@/lib/paging/cursor";
import { AppError } from "../http/errors";

/**
 * Cursors for lists read through Prisma and ordered by one column and the id: the value is a
 * timestamp (ISO text) or text. Returns the decoded pair, or a 400 naming `cursor`.
 */
export function pairCursor(list: string, sort: string, kind: "timestamp" | "text") {
  return {
    encode: (value: Date | string, id: string) => encodeCursor(list, sort, [value instanceof Date ? value.toISOString() : value, id]),
    decode(cursor: string | undefined): { value: string; id: string } | null {
      if (cursor === undefined) return null;
      const decoded = decodeCursor(cursor, list, sort, [kind, "text"]);
      if (!decoded.ok) throw new AppError("invalid", `cursor ${decoded.reason}`, { fields: { cursor: [`the cursor ${decoded.reason}`] } });
      return { value: decoded.values[0] as string, id: decoded.values[1] as string };
    },
  };
}
