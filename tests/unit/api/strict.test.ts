import { describe, expect, test } from "vitest";
import { z } from "zod";
import { refusingUnknownFields } from "@/lib/api/strict";
import { claimEditSchema, ratingScaleSchema } from "@/lib/review/schema";
import { organisationSettingsChangeSchema } from "@/lib/settings/schema";
import { fieldMessages } from "@/lib/words/validation";

const unknownFields = (schema: z.ZodType, input: unknown) => {
  const parsed = refusingUnknownFields(schema).safeParse(input);
  return parsed.success ? {} : fieldMessages(parsed.error.issues.filter((issue) => issue.code === "unrecognized_keys"));
};

describe("refusing unknown fields", () => {
  test("names an unknown field at the top, in a nested object and in a list's objects", () => {
    expect(unknownFields(organisationSettingsChangeSchema, { extractionThreshold: 0.5, treshold: 1 })).toEqual({ treshold: ["treshold is not a known field"] });
    expect(unknownFields(organisationSettingsChangeSchema, { organisation: { name: "Desk", url: "https://desk.example", logo: "x" } })).toEqual({
      "organisation.logo": ["logo is not a known field"],
    });
    expect(unknownFields(ratingScaleSchema, { ratings: [{ key: "true", label: "True", value: 5, colour: "green" }] })).toEqual({ "ratings.0.colour": ["colour is not a known field"] });
    expect(unknownFields(z.preprocess((value) => value, z.object({ a: z.string() })), { a: "x", b: 1 })).toEqual({ b: ["b is not a known field"] });
  });

  test("keeps the schema's own rules, defaults and transforms", () => {
    const strict = refusingUnknownFields(claimEditSchema);
    expect(strict.safeParse({ version: 1 }).error?.issues[0]?.message).toContain("Nothing to change");
    expect(strict.parse({ version: "2", statement: " Said " })).toEqual({ version: 2, statement: "Said" });
    expect(refusingUnknownFields(ratingScaleSchema).parse({ ratings: [{ key: "true", label: "True", value: 5 }] }).ratings[0]!.active).toBe(true);
  });
});
