/**
 * The names of the days and months, read by the scanners, the speaker and attribution rules and the
 * statement dates alike, so that each spells them once.
 */

/** The days of the week in the order `Date.getUTCDay()` counts them, from Sunday. */
export const WEEKDAY_NAMES: readonly string[] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export const MONTH_NAMES: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Weekdays in lower case, as word tokens are looked up. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((day) => day.toLowerCase()));

/** Month names in lower case, as word tokens are looked up. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES.map((month) => month.toLowerCase()));

/** "Sunday|Monday|...", for patterns (with the `i` flag, or on lower-cased text, as `WEEKDAY_LOWER_PATTERN`). */
export const WEEKDAY_PATTERN = WEEKDAY_NAMES.join("|");
export const WEEKDAY_LOWER_PATTERN = [...WEEKDAY_WORDS].join("|");

/** A weekday or month in lower case: when something happened, never a name ("the Pentagon on Wednesday"). */
export function isCalendarWord(lower: string): boolean {
  return WEEKDAY_WORDS.has(lower) || MONTH_WORDS.has(lower);
}
