import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/server/auth/actors";
import { importArticle } from "@/lib/server/articles/articles";
import { createClaim } from "@/lib/server/claims/claims";
import { addSource } from "@/lib/server/claims/sources";
import { takeClaim } from "@/lib/server/claims/assignments";
import { db } from "@/lib/server/db/client";

export const SENTENCES = [
  "Ukraine's air force said it shot down 40 of 45 drones overnight.",
  "The governor reported that 12 civilians were injured in Kharkiv.",
  "Officials said more than 3,000 tonnes of grain left Odesa on Tuesday.",
];

/** A fresh article (unique text, so never a duplicate) and one manual claim per sentence. */
export async function articleWithClaims(checker: Actor) {
  const text = `Report ${randomUUID()}\n\n${SENTENCES.join(" ")}`;
  const { articleId } = await importArticle({ text, title: "Review test" }, checker);
  // Extraction is someone else's engine: the tests work on claims they place themselves.
  await db().claim.deleteMany({ where: { articleId } });
  const claims = [];
  for (const sentence of SENTENCES) {
    const start = text.indexOf(sentence);
    claims.push(await createClaim({ articleId, start, end: start + sentence.length, type: "other" }, checker));
  }
  return { articleId, text, claimIds: claims.map((claim) => claim.id) };
}

export async function version(claimId: string): Promise<number> {
  return (await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
}

export async function status(claimId: string) {
  return (await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true } })).status;
}

/** A claim the checker has taken and given one source: ready for a verdict. */
export async function readyClaim(checker: Actor) {
  const { claimIds, articleId, text } = await articleWithClaims(checker);
  const claimId = claimIds[0]!;
  await takeClaim(claimId, {}, checker);
  await addSource(claimId, { url: "https://example.org/report", stance: "supports", title: "Air force statement" }, checker);
  return { claimId, articleId, text, claimIds };
}
