/**
 * The seed files open with " date YYYY-MM-DD" on the first line, followed by the headline on the
 * same line. Only the token is skipped: offsets stay relative to the whole text.
 */
export function parseDatedHeader(text: string): { date: string; bodyStart: number } | null {
  const match = /^\s{0,8}date (\d{4}-\d{2}-\d{2})(?![\d-])/.exec(text.slice(0, 40));
  if (!match || match[1] === undefined) return null;
  return { date: match[1], bodyStart: match[0].length };
}
