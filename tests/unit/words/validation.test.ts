import { describe, expect, test } from "vitest";
import { z } from "zod";
import { articleInputSchema } from "@/lib/articles/schema";
import { claimEditSchema, reasonSchema, sourceCreateSchema, verdictProposeSchema, verdictReturnSchema } from "@/lib/review/schema";
import { inputLimits } from "@/lib/words/input-limits";
import { fieldMessages, summarizeFields } from "@/lib/words/validation";

const messages = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error("expected a failure");
  return fieldMessages(parsed.error.issues);
};

describe("validation messages name the field and the limit", () => {
  test("missing, blank and too long", () => {
    expect(messages(verdictReturnSchema, {})).toEqual({ note: ["Note is required"] });
    expect(messages(verdictReturnSchema, { note: "   " })).toEqual({ note: ["Note is required"] });
    expect(messages(verdictProposeSchema, { rating: "false", rationale: "x".repeat(10_001) })).toEqual({ rationale: ["Rationale can be at most 10,000 characters"] });
    expect(messages(sourceCreateSchema, { url: "https://a.example", stance: "supports", title: "t".repeat(501) })).toEqual({ title: ["Title can be at most 500 characters"] });
  });

  test("wrong kinds of value say what is expected, with labels for choices", () => {
    expect(messages(sourceCreateSchema, { url: "ftp://a.example/x", stance: "agrees", publishedAt: "someday" })).toEqual({
      url: ["URL must be a web address starting with http:// or https://"],
      stance: ["Stance must be one of: supports, refutes, context"],
      publishedAt: ["Date must be a valid date"],
    });
    expect(messages(claimEditSchema, { version: 2, figures: [{ text: "forty", value: "forty", unit: null, qualifier: null }] })).toEqual({ "figures.0.value": ["Figure 1 value must be a number"] });
  });

  test("a pattern's own message is led by the field's label", () => {
    expect(messages(z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD") }), { from: "yesterday" })).toEqual({ from: ["From: use YYYY-MM-DD"] });
    expect(messages(z.object({ key: z.string().regex(/^[a-z]+$/, "key is lower case letters") }), { key: "X" })).toEqual({ key: ["Key is lower case letters"] });
  });

  test("a schema's own rule keeps its message", () => {
    expect(messages(claimEditSchema, { version: 2 })).toEqual({ _: ["Nothing to change: send statement, type, speaker, start and end, or figures"] });
  });

  test("the summary says each problem once, in sentences, without keys", () => {
    const fields = messages(verdictProposeSchema, {});
    expect(summarizeFields(fields)).toBe("Rating is required. Rationale is required");
    expect(summarizeFields({ rating: ["Attach a source"], _: ["Attach a source"] })).toBe("Attach a source");
    expect(summarizeFields(messages(articleInputSchema, { text: "" }))).toBe("Text is required");
  });
});

describe("inputs carry the server's limits", () => {
  test("required and maxLength come from the schema the server validates with", () => {
    expect(inputLimits(verdictReturnSchema, "note")).toEqual({ required: true, maxLength: 5000 });
    expect(inputLimits(reasonSchema, "reason")).toEqual({ required: true, maxLength: 2000 });
    expect(inputLimits(sourceCreateSchema, "title")).toEqual({ maxLength: 500 });
    expect(inputLimits(sourceCreateSchema, "url")).toEqual({ required: true });
    expect(inputLimits(verdictProposeSchema, "rating")).toEqual({ required: true });
  });
  test("an unknown field is a programming error", () => {
    expect(() => inputLimits(verdictReturnSchema, "notes")).toThrow(/no field "notes"/);
  });
});
