import type { CheckedClaim, ExportRating } from "./model";

/**
 * ClaimReview (schema.org) for one checked claim.
 *
 * Numeric meaning of the rating: `ratingValue` is the Rating's `value`, higher is more accurate, on
 * the scale `worstRating`..`bestRating` spanned by the ratings whose value is 1 or more (with the
 * default scale: 1 False … 5 True; Misleading is 2). A rating with value 0 (Unverifiable) is not a
 * point on that scale: it is published with its label in `alternateName` only and no numeric fields,
 * because Google requires worstRating ≥ 1 and treats the numbers as recommended, not required.
 */
export interface Organisation {
  name: string;
  url: string;
}

export interface RatingScale {
  best: number;
  worst: number;
}

export const CLAIM_REVIEWED_MAX = 75;

export function ratingScale(ratings: readonly Pick<ExportRating, "value">[]): RatingScale {
  const values = ratings.map((rating) => rating.value).filter((value) => value >= 1);
  if (values.length === 0) throw new Error("No rating has a value of 1 or more: there is no numeric scale to publish");
  return { best: Math.max(...values), worst: Math.min(...values) };
}

/** Google shows claimReviewed in one line on phones; cut at a word boundary and mark the cut. */
export function shortenClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length < max) return clean;
  // Leave room for the ellipsis and stay strictly under max.
  const budget = max - 2;
  const window = clean.slice(0, budget + 1);
  const boundary = Math.max(...[...window.matchAll(/[\s,;:.!?]/g)].map((match) => match.index));
  const cut = boundary > budget / 2 ? window.slice(0, boundary) : clean.slice(0, budget);
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}

const ORGANISATION_WORDS =
  /\b(ministry|ministries|office|forces|army|navy|command|council|agency|government|department|service|services|staff|committee|commission|administration|authorities|authority|police|guard|kremlin|pentagon|bank|fund|institute|university|company|corporation|group|party|parliament|rada|duma|union|organisation|organization|mission|red cross|prosecutor'?s office|headquarters|military|regiment|brigade|battalion)\b/i;

const ORGANISATION_ACRONYMS = /\b(UN|WHO|NATO|UNICEF|UNHCR|IAEA|OSCE|EU|IMF|ISW|SBU|GUR|IDF|ICRC|OHCHR)\b/;

/** Speakers are free text; names of bodies get Organization, everyone else Person. */
export function speakerType(speaker: string): "Person" | "Organization" {
  return ORGANISATION_WORDS.test(speaker) || ORGANISATION_ACRONYMS.test(speaker) ? "Organization" : "Person";
}

export function reviewRating(rating: ExportRating, scale: RatingScale) {
  if (rating.value < 1) return { "@type": "Rating", alternateName: rating.label };
  return {
    "@type": "Rating",
    ratingValue: rating.value,
    bestRating: scale.best,
    worstRating: scale.worst,
    alternateName: rating.label,
  };
}

export interface ClaimReviewContext {
  organisation: Organisation;
  scale: RatingScale;
  /** The public review page of this claim. */
  reviewUrl: string;
}

export function buildClaimReview(claim: CheckedClaim, context: ClaimReviewContext) {
  const { article, verdict } = claim;
  const appearance = {
    "@type": "CreativeWork",
    headline: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    ...(article.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: context.reviewUrl,
    claimReviewed: shortenClaim(claim.statement),
    description: verdict.rationale,
    datePublished: verdict.decidedAt.toISOString(),
    author: { "@type": "Organization", name: context.organisation.name, url: context.organisation.url },
    reviewRating: reviewRating(verdict.rating, context.scale),
    itemReviewed: {
      "@type": "Claim",
      text: claim.statement,
      ...(claim.speaker ? { author: { "@type": speakerType(claim.speaker), name: claim.speaker } } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
      appearance,
    },
  };
}
export type ClaimReview = ReturnType<typeof buildClaimReview>;

/**
 * JSON for a <script type="application/ld+json"> element: `<` is escaped so no text inside can
 * close the script, and the two line separators JavaScript parsers once rejected are escaped too.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
