import { findMentions, type MentionTarget } from "./mentions";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

// Every pattern below runs on already-escaped text, so nothing a user typed can open a tag or
// leave an attribute: the only markup in the output is what these replacements write.
const LINK = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]{1,2000})\)|(https?:\/\/[^\s<]{1,2000}[^\s<.,;:!?)])/g;
const STRONG = /\*\*(?=\S)([^*\n]*?\S)\*\*/g;
const EMPHASIS = /(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?!\w)/g;

function link(href: string, label: string): string {
  return `<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${label}</a>`;
}

/** Links, strong and emphasis in one escaped line; link targets are never re-formatted. */
function inline(escaped: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of escaped.matchAll(LINK)) {
    parts.push(emphasis(escaped.slice(last, match.index)));
    parts.push(match[1] !== undefined ? link(match[2]!, emphasis(match[1])) : link(match[3]!, match[3]!));
    last = match.index + match[0].length;
  }
  parts.push(emphasis(escaped.slice(last)));
  return parts.join("");
}

function emphasis(escaped: string): string {
  return escaped.replace(STRONG, "<strong>$1</strong>").replace(EMPHASIS, "$1<em>$2</em>");
}

// Mentions are found in the raw text and swapped for placeholders that survive escaping intact.
const PLACEHOLDER = (index: number) => `\u0000${index}\u0000`;

/**
 * Comment Markdown-lite as safe HTML: paragraphs, `> ` quotes, `[text](https://…)` and bare
 * http(s) links, `**strong**`, `*emphasis*`, and `@Name` mentions of known users. Any HTML typed
 * is shown as text; a link to anything but http(s) stays text.
 */
export function renderComment(body: string, users: readonly MentionTarget[] = []): string {
  const clean = body.replace(/\u0000/g, "").replace(/\r\n?/g, "\n");
  const mentions = findMentions(clean, users);
  let marked = "";
  let last = 0;
  mentions.forEach((mention, index) => {
    marked += clean.slice(last, mention.start) + PLACEHOLDER(index);
    last = mention.end;
  });
  marked += clean.slice(last);

  const blocks: string[] = [];
  for (const paragraph of marked.split(/\n{2,}/)) {
    const lines = paragraph.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    const quoted = lines.every((line) => /^>\s?/.test(line));
    const content = lines.map((line) => inline(escapeHtml(quoted ? line.replace(/^>\s?/, "") : line))).join("<br>");
    blocks.push(quoted ? `<blockquote><p>${content}</p></blockquote>` : `<p>${content}</p>`);
  }
  return blocks
    .join("")
    .replace(/\u0000(\d+)\u0000/g, (_, index: string) => {
      const user = mentions[Number(index)]!.user;
      return `<span class="mention" data-user-id="${escapeHtml(user.id)}">@${escapeHtml(user.name)}</span>`;
    });
}
