/**
 * Logs an unexpected error without the user content it may carry: a database error can quote a
 * whole row ("Failing row contains (...)") or a parameter, which for an import is the article.
 * The log keeps the error's kind, code, a bounded message and the stack's frames.
 */
const MAX_MESSAGE = 300;

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown: ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const message = error.message
    .replace(/Failing row contains \([\s\S]*?\)\.?/g, "Failing row contains (…).")
    .replace(/(["'`(])([^"'`()]{80,})(["'`)])/g, (_match, open: string, inner: string, close: string) => `${open}… ${inner.length} characters …${close}`);
  const bounded = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}… (${message.length} characters)` : message;
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 12);
  return [`${error.name}${typeof code === "string" ? ` [${code}]` : ""}: ${bounded}`, ...frames].join("\n");
}

export function logServerError(context: string, error: unknown): void {
  console.error(`${context}: ${describeError(error)}`);
}
