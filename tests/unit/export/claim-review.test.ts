import { describe, expect, test } from "vitest";
import { buildClaimReview, jsonLdScriptText, ratingScale, reviewRating, shortenClaim, speakerType } from "@/lib/export/claim-review";
import { isChecked, type CheckedClaim } from "@/lib/export/model";
import { claim, verdict } from "./fixtures";

const RATINGS = [
  { key: "true", label: "True", value: 5 },
  { key: "mostly_true", label: "Mostly true", value: 4 },
  { key: "mixed", label: "Mixed", value: 3 },
  { key: "mostly_false", label: "Mostly false", value: 2 },
  { key: "false", label: "False", value: 1 },
  { key: "misleading", label: "Misleading", value: 2 },
  { key: "unverifiable", label: "Unverifiable", value: 0 },
];
const context = {
  organisation: { name: "Desk Checks", url: "https://checks.example" },
  scale: ratingScale(RATINGS),
  reviewUrl: "https://claimdesk.example/review/claim-1",
};

function checked(overrides = {}): CheckedClaim {
  const value = claim(overrides);
  if (!isChecked(value)) throw new Error("fixture is not checked");
  return value;
}

describe("ClaimReview", () => {
  test("carries the review, its rating on the 1–5 scale, the organisation and the claim as it appeared", () => {
    expect(buildClaimReview(checked(), context)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claimdesk.example/review/claim-1",
      claimReviewed: "Russian forces lost more than 1,000 soldiers in a single day near Bakhmut.",
      description: "Ukraine's figures match the daily report.\n\nIndependent counts are lower.",
      datePublished: "2024-03-05T12:00:00.000Z",
      author: { "@type": "Organization", name: "Desk Checks", url: "https://checks.example" },
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true" },
      itemReviewed: {
        "@type": "Claim",
        text: "Russian forces lost more than 1,000 soldiers in a single day near Bakhmut.",
        author: { "@type": "Organization", name: "General Staff" },
        datePublished: "2024-03-03T09:00:00.000Z",
        appearance: {
          "@type": "CreativeWork",
          headline: "Heavy fighting near Bakhmut",
          url: "https://news.example/bakhmut",
          datePublished: "2024-03-03T09:00:00.000Z",
          publisher: { "@type": "Organization", name: "Kyiv Daily" },
        },
      },
    });
  });

  test("a long statement is shortened under 75 characters in claimReviewed and kept whole in the Claim's text", () => {
    const statement =
      "Russian forces lost more than 1,000 soldiers in a single day near Bakhmut, according to the General Staff of Ukraine's armed forces.";
    const review = buildClaimReview(checked({ statement }), context);
    expect(review.claimReviewed.length).toBeLessThan(75);
    expect(review.claimReviewed).toBe("Russian forces lost more than 1,000 soldiers in a single day near Bakhmut…");
    expect(review.itemReviewed.text).toBe(statement);
  });

  test("shortening cuts at a word boundary, marks the cut, and leaves short text alone", () => {
    expect(shortenClaim("Short claim.")).toBe("Short claim.");
    expect(shortenClaim("x".repeat(74))).toBe("x".repeat(74));
    expect(shortenClaim("x".repeat(75))).toBe(`${"x".repeat(73)}…`);
    const cut = shortenClaim("word ".repeat(30));
    expect(cut.length).toBeLessThan(75);
    expect(cut).toMatch(/word…$/);
    expect(shortenClaim("a,  b\n c", 75)).toBe("a, b c");
  });

  test("the scale spans the ratings valued 1 or more, and the unrated value 0 publishes its label only", () => {
    expect(ratingScale(RATINGS)).toEqual({ best: 5, worst: 1 });
    expect(reviewRating({ key: "unverifiable", label: "Unverifiable", value: 0 }, context.scale)).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(reviewRating({ key: "false", label: "False", value: 1 }, context.scale)).toMatchObject({ ratingValue: 1, worstRating: 1 });
    expect(() => ratingScale([{ value: 0 }])).toThrow(/no numeric scale/);
  });

  test("without a speaker or article details the optional parts are left out rather than left empty", () => {
    const bare = checked({
      speaker: null,
      article: { id: "a", title: "Untitled", outlet: null, url: null, author: null, publishedAt: null },
    });
    const review = buildClaimReview(bare, context);
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      text: bare.statement,
      appearance: { "@type": "CreativeWork", headline: "Untitled" },
    });
  });

  test("speakers naming a body are organisations, others people", () => {
    expect(speakerType("Volodymyr Zelensky")).toBe("Person");
    expect(speakerType("Ukraine's Defence Ministry")).toBe("Organization");
    expect(speakerType("the UN")).toBe("Organization");
    expect(speakerType("Sergei Shoigu")).toBe("Person");
    expect(speakerType("a man who saw it")).toBe("Person");
  });

  test("only approved verdicts on approved claims count as checked", () => {
    expect(isChecked(claim())).toBe(true);
    expect(isChecked(claim({ verdict: verdict({ state: "proposed", decidedAt: null }) }))).toBe(false);
    expect(isChecked(claim({ verdict: verdict({ state: "returned" }) }))).toBe(false);
    expect(isChecked(claim({ state: "in_review" }))).toBe(false);
    expect(isChecked(claim({ verdict: null, state: "approved" }))).toBe(false);
  });
});

describe("JSON-LD in a script element", () => {
  test("no text can close the script, and it parses back to the same data", () => {
    const data = { claimReviewed: "</script><script>alert(1)</script> & \u2028" };
    const text = jsonLdScriptText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
