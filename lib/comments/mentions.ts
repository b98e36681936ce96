export interface MentionTarget {
  id: string;
  name: string;
}

export interface Mention {
  user: MentionTarget;
  /** Offsets of `@Name` in the text, the @ included. */
  start: number;
  end: number;
}

const NAME_END = /[\p{L}\p{N}_-]/u;

/**
 * The `@Name` mentions of known users in `text`. Names may contain spaces ("@Eddie Editor"), so at
 * each @ the longest known name that follows wins; an @ followed by no known name is plain text.
 */
export function findMentions(text: string, users: readonly MentionTarget[]): Mention[] {
  const byLength = [...users].sort((a, b) => b.name.length - a.name.length);
  const mentions: Mention[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    if (at > 0 && NAME_END.test(text[at - 1]!)) continue; // an e-mail address, not a mention
    const rest = text.slice(at + 1);
    const user = byLength.find((candidate) => {
      const name = candidate.name;
      if (!name || rest.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return false;
      const next = rest[name.length];
      return next === undefined || !NAME_END.test(next);
    });
    if (!user) continue;
    mentions.push({ user, start: at, end: at + 1 + user.name.length });
    at += user.name.length;
  }
  return mentions;
}

/** The partial name being typed after an @ at the caret, for completion; null when not in a mention. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0 || (at > 0 && NAME_END.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /\s{2}/.test(query)) return null;
  return { start: at, query };
}
