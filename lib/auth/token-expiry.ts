const DAY_MS = 86_400_000;
const DAYS = /^(\d{1,4})d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export type ExpiryResult = { ok: true; expiresAt: Date | null } | { ok: false; message: string };

/**
 * When a token asked for with `text` expires: "never", a number of days from now ("90d"), a date
 * (the token stops at the start of that day, UTC) or an ISO date-time. Must be in the future.
 */
export function parseTokenExpiry(text: string, now: Date): ExpiryResult {
  const value = text.trim();
  if (value === "never") return { ok: true, expiresAt: null };
  const days = DAYS.exec(value);
  let expiresAt: Date;
  if (days) {
    const count = Number(days[1]);
    if (count < 1) return { ok: false, message: "the expiry must be at least 1 day (1d)" };
    expiresAt = new Date(now.getTime() + count * DAY_MS);
  } else if (DATE.test(value)) {
    expiresAt = new Date(`${value}T00:00:00Z`);
    // JavaScript rolls 2027-02-31 over into March; a date that does not exist is refused instead.
    if (Number.isNaN(expiresAt.getTime()) || expiresAt.toISOString().slice(0, 10) !== value) return { ok: false, message: `the expiry ${value} is not a date` };
  } else if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    expiresAt = new Date(value);
  } else {
    return { ok: false, message: `the expiry "${value}" is not understood: use never, a number of days such as 90d, or a date such as 2027-01-31` };
  }
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, message: `the expiry ${expiresAt.toISOString()} is not in the future` };
  return { ok: true, expiresAt };
}
