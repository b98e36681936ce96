import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/server/auth/actors";
import { importArticle } from "@/lib/server/articles/articles";
import { takeClaim } from "@/lib/server/claims/assignments";
import { createClaim, reopenClaim } from "@/lib/server/claims/claims";
import { db } from "@/lib/server/db/client";
import { addSource } from "@/lib/server/claims/sources";
import { approveVerdict, proposeVerdict, returnVerdict } from "@/lib/server/claims/verdicts";

export const EXPORT_SENTENCES = {
  approved: "The air force said it shot down 40 of 45 drones overnight.",
  proposed: "The governor reported that 12 civilians were injured in Kharkiv.",
  returned: "Officials said more than 3,000 tonnes of grain left Odesa on Tuesday.",
  reopened: "The ministry said 200 buildings were damaged in the city.",
  unverifiable: "A local official said 15 tanks were destroyed near the river.",
  untouched: "Residents said the power came back on Friday.",
} as const;
export type ClaimRole = keyof typeof EXPORT_SENTENCES;

/**
 * An article with one claim in each situation the exports must tell apart, reached through the
 * review workflow. Rationales name their state so a leak shows up as text.
 */
export async function articleInEveryState(checker: Actor, editor: Actor, { publishedAt = "2024-03-03T09:00:00Z" } = {}) {
  const text = `Report ${randomUUID()}\n\n${Object.values(EXPORT_SENTENCES).join(" ")}\n\nThe end.`;
  const { articleId } = await importArticle(
    { text, title: "Drones and grain", outlet: "Kyiv Daily", url: "https://news.example/drones", publishedAt },
    checker,
  );
  // The extractor's own claims would depend on its rules; the tests place theirs.
  await db().claim.deleteMany({ where: { articleId } });
  const ids = {} as Record<ClaimRole, string>;
  for (const [role, sentence] of Object.entries(EXPORT_SENTENCES) as [ClaimRole, string][]) {
    const start = text.indexOf(sentence);
    ids[role] = (await createClaim({ articleId, start, end: start + sentence.length, type: role === "returned" ? "economic" : "military", speaker: "the air force" }, checker)).id;
  }
  const propose = async (role: ClaimRole, rating: string, rationale: string) => {
    await takeClaim(ids[role], {}, checker);
    await addSource(ids[role], { url: `https://example.org/${role}`, stance: "refutes", title: `Source for ${role}`, publisher: "Example Org", excerpt: `Excerpt ${role}` }, checker);
    return proposeVerdict(ids[role], { rating, rationale }, checker);
  };
  await approveVerdict((await propose("approved", "mostly_false", "PUBLISHED rationale: the air force later said 38.")).id, {}, editor);
  await propose("proposed", "false", "DRAFT-PROPOSED rationale");
  await returnVerdict((await propose("returned", "true", "DRAFT-RETURNED rationale")).id, { note: "Check again" }, editor);
  await approveVerdict((await propose("reopened", "mixed", "REOPENED-OLD rationale")).id, {}, editor);
  await reopenClaim(ids.reopened, { reason: "New figures came out" }, editor);
  await approveVerdict((await propose("unverifiable", "unverifiable", "PUBLISHED unverifiable: no record either way.")).id, {}, editor);
  return { articleId, text, ids };
}
