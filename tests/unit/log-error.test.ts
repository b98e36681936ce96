import { describe, expect, test } from "vitest";
import { describeError } from "@/lib/server/http/log-error";

const ARTICLE = "Russian strikes killed 7 civilians in Kharkiv on Tuesday, the governor said. ".repeat(200);

// The probe's case: a database error logged the whole article text.
describe("logged errors carry no article text", () => {
  test("a row quoted by PostgreSQL is left out", () => {
    const error = Object.assign(new Error(`Raw query failed. Code: \`23502\`. Message: \`null value in column "title" violates not-null constraint. Failing row contains (abc, ${ARTICLE}, null).\``), { code: "P2010" });
    const logged = describeError(error);
    expect(logged).toContain("[P2010]");
    expect(logged).toContain("23502");
    expect(logged).not.toContain("Kharkiv");
    expect(logged.length).toBeLessThan(3000);
  });

  test("long quoted arguments in an invocation message are elided, and any message is bounded", () => {
    const invocation = new Error(`Invalid \`prisma.article.create()\` invocation: { data: { text: "${ARTICLE}" } }`);
    expect(describeError(invocation)).not.toContain("Kharkiv");
    const unquoted = new Error(`something failed: ${ARTICLE}`);
    const logged = describeError(unquoted).split("\n")[0]!;
    expect(logged.length).toBeLessThan(420);
    expect(logged).toContain(`(${unquoted.message.length} characters)`);
  });

  test("the stack's frames are kept for debugging", () => {
    expect(describeError(new TypeError("boom"))).toMatch(/^TypeError: boom\n\s+at /);
    expect(describeError("a string")).toBe("non-error thrown: string");
  });
});
