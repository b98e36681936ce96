export const SHORTCUTS = [
  { key: "j", action: "next", description: "Next claim" },
  { key: "k", action: "previous", description: "Previous claim" },
  { key: "t", action: "take", description: "Take the claim" },
  { key: "s", action: "source", description: "Add a source" },
  { key: "v", action: "verdict", description: "Propose a verdict" },
  { key: "a", action: "approve", description: "Approve the verdict (editors)" },
  { key: "r", action: "return", description: "Return the verdict (editors)" },
  { key: "e", action: "edit", description: "Edit the claim" },
  { key: "x", action: "select", description: "Mark the claim as selected" },
  { key: "?", action: "help", description: "Show or hide this list" },
] as const;
export type ShortcutAction = (typeof SHORTCUTS)[number]["action"];

const BY_KEY = new Map<string, ShortcutAction>(SHORTCUTS.map((shortcut) => [shortcut.key, shortcut.action]));

/** What a keydown's target is, as far as shortcuts care. */
export interface KeyTarget {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
}

// Inputs whose keys do nothing with text (buttons, checkboxes) leave the keyboard to shortcuts.
const NON_TEXT_INPUTS = new Set(["button", "checkbox", "radio", "submit", "reset", "file", "image", "color", "range"]);

/** True while the user types into a field: every key belongs to the field then, never to a shortcut. */
export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
}

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The action a key press asks for, or null: modified keys (browser shortcuts) and typing never match. */
export function shortcutFor(press: KeyPress, target: KeyTarget | null): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTypingTarget(target)) return null;
  return BY_KEY.get(press.key) ?? null;
}
