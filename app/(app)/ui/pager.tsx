import Link from "next/link";
import { listHref } from "@/lib/paging/list-query";

type Params = Record<string, string | number | boolean | undefined | null>;

/**
 * "51–100 of 123" and the way on. Keyset pages go forward only; `at` (how many rows came before
 * this page) is carried in the link just to number the rows.
 */
export function Pager({ path, params, at, shown, total, nextCursor, noun }: {
  path: string;
  params: Params;
  at: number;
  shown: number;
  total: number;
  nextCursor: string | null;
  noun: string;
}) {
  const range = shown === 0 ? "0" : `${at + 1}–${at + shown}`;
  return (
    <nav className="pager" aria-label="Pages">
      <span data-testid="list-count">{`${range} of ${total.toLocaleString("en")} ${noun}`}</span>
      {at > 0 && <Link href={listHref(path, { ...params, cursor: undefined, at: undefined })}>← First page</Link>}
      {nextCursor && <Link href={listHref(path, { ...params, cursor: nextCursor, at: at + shown })} rel="next">Next page →</Link>}
    </nav>
  );
}

/** How many rows came before this page, from the pager's link (0 on a fresh list). */
export function rowsBefore(value: string | string[] | undefined): number {
  const at = Number(typeof value === "string" ? value : 0);
  return Number.isSafeInteger(at) && at > 0 ? at : 0;
}

/** The search params as plain strings (a repeated parameter keeps its first value). */
export function plainParams(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) && value[0] ? [[key, value[0]]] : [])));
}
