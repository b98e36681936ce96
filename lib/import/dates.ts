const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Publication dates as exports write them: ISO 8601 in its extended ("2022-01-25T09:00:00Z") or
 * basic ("20220125T090000Z") form. A date without a zone is taken as UTC so it does not move with
 * the server's time zone. Anything else is null, never a guess.
 */
export function parsePublishedDate(value: string): Date | null {
  const trimmed = value.trim();
  const compact = COMPACT.exec(trimmed);
  if (compact) {
    const [, y, mo, d, h = "00", mi = "00", s = "00", zone = "Z"] = compact;
    return checked(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`, Number(mo), Number(d));
  }
  if (!ISO.test(trimmed)) return null;
  const withZone = /T|\s/.test(trimmed) ? (/(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) ? trimmed : `${trimmed}Z`) : `${trimmed}T00:00:00Z`;
  return checked(withZone.replace(" ", "T"), Number(trimmed.slice(5, 7)), Number(trimmed.slice(8, 10)));
}

/** Date.parse rolls 2022-02-30 over into March; a date that does not exist is refused. */
function checked(iso: string, month: number, day: number): Date | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const probe = new Date(Date.UTC(Number(iso.slice(0, 4)), month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? date : null;
}
