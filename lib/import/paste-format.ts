/**
 * Which file format pasted text is, so it goes through the same parser as that file would: markup
 * is HTML, a leading "# heading" (after the dated format's date token, if any) is Markdown,
 * anything else plain text.
 */
export function pastedFormat(text: string): "txt" | "md" | "html" {
  const start = text.trimStart();
  if (/^<(!doctype|html|head|body|article|div|p|h1|meta)\b/i.test(start) && /<\/[a-z0-9]+>/i.test(start)) return "html";
  if (/^(date \d{4}-\d{2}-\d{2}\b[^\n]*\n\s*)?#\s+\S/.test(start)) return "md";
  return "txt";
}

/** The file name a paste is read as. */
export const pastedFileName = (text: string) => `pasted.${pastedFormat(text)}`;
