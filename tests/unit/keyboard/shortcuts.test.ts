import { describe, expect, test } from "vitest";
import { SHORTCUTS, isTypingTarget, shortcutFor } from "@/lib/keyboard/shortcuts";

const body = { tagName: "BODY" };

describe("keyboard shortcuts", () => {
  test.each([
    ["j", "next"],
    ["k", "previous"],
    ["t", "take"],
    ["s", "source"],
    ["v", "verdict"],
    ["a", "approve"],
    ["r", "return"],
    ["e", "edit"],
    ["x", "select"],
    ["?", "help"],
  ])("%s means %s", (key, action) => {
    expect(shortcutFor({ key }, body)).toBe(action);
  });

  test("other keys, capitals and modified keys are left to the browser", () => {
    expect(shortcutFor({ key: "q" }, body)).toBeNull();
    expect(shortcutFor({ key: "J" }, body)).toBeNull();
    expect(shortcutFor({ key: "r", ctrlKey: true }, body)).toBeNull();
    expect(shortcutFor({ key: "s", metaKey: true }, body)).toBeNull();
    expect(shortcutFor({ key: "a", altKey: true }, body)).toBeNull();
  });

  test.each([
    [{ tagName: "INPUT" }],
    [{ tagName: "input", type: "text" }],
    [{ tagName: "INPUT", type: "url" }],
    [{ tagName: "INPUT", type: "search" }],
    [{ tagName: "TEXTAREA" }],
    [{ tagName: "SELECT" }],
    [{ tagName: "DIV", isContentEditable: true }],
  ])("never while typing in %o", (target) => {
    expect(isTypingTarget(target)).toBe(true);
    expect(shortcutFor({ key: "j" }, target)).toBeNull();
  });

  test.each([[{ tagName: "BUTTON" }], [{ tagName: "INPUT", type: "checkbox" }], [{ tagName: "A" }], [null]])("active on %o", (target) => {
    expect(isTypingTarget(target)).toBe(false);
    expect(shortcutFor({ key: "j" }, target)).toBe("next");
  });

  test("every key is listed once, for the ? list", () => {
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.key)).size).toBe(SHORTCUTS.length);
  });
});
