import type { ExportArticle, ExportClaim, ExportVerdict } from "@/lib/export/model";

export const ARTICLE_TEXT = [
  "Kyiv, 3 March.",
  "The General Staff said Russian forces lost more than 1,000 soldiers in a single day near Bakhmut. Officials gave no breakdown.",
  "Aid deliveries resumed on Tuesday, the UN said.",
].join("\n");

export const ARTICLE: ExportArticle & { text: string } = {
  id: "article-1",
  title: "Heavy fighting near Bakhmut",
  outlet: "Kyiv Daily",
  url: "https://news.example/bakhmut",
  author: "A. Writer",
  publishedAt: new Date("2024-03-03T09:00:00Z"),
  text: ARTICLE_TEXT,
};

const quoteOf = (fragment: string) => {
  const start = ARTICLE_TEXT.indexOf(fragment);
  if (start < 0) throw new Error(`fixture text lacks ${fragment}`);
  return { start, end: start + fragment.length, quote: fragment };
};

export function verdict(overrides: Partial<ExportVerdict> = {}): ExportVerdict {
  return {
    state: "approved",
    rating: { key: "mostly_true", label: "Mostly true", value: 4 },
    rationale: "Ukraine's figures match the daily report.\n\nIndependent counts are lower.",
    checker: "Chris Checker",
    decidedBy: "Edna Editor",
    decidedAt: new Date("2024-03-05T12:00:00Z"),
    createdAt: new Date("2024-03-04T12:00:00Z"),
    ...overrides,
  };
}

export function claim(overrides: Partial<ExportClaim> = {}, fragment = "Russian forces lost more than 1,000 soldiers in a single day near Bakhmut"): ExportClaim {
  const { text, ...article } = ARTICLE;
  void text;
  return {
    id: "claim-1",
    ...quoteOf(fragment),
    statement: "Russian forces lost more than 1,000 soldiers in a single day near Bakhmut.",
    type: "casualties",
    speaker: "General Staff",
    state: "approved",
    assignee: "Chris Checker",
    figures: [{ text: "more than 1,000 soldiers", value: 1000, unit: "soldiers", qualifier: "more_than", low: null, high: null }],
    sources: [
      {
        url: "https://gov.example/report",
        title: "Daily losses report",
        publisher: "General Staff",
        publishedAt: new Date("2024-03-03T08:00:00Z"),
        archivedUrl: "https://archive.example/report",
        excerpt: "Personnel: about 1,010 in the past day.",
        stance: "supports",
      },
    ],
    verdict: verdict(),
    createdAt: new Date("2024-03-03T10:00:00Z"),
    updatedAt: new Date("2024-03-05T12:00:00Z"),
    article,
    ...overrides,
  };
}
