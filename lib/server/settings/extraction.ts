import { CLAIM_THRESHOLD } from "@/lib/extract";
import { thresholdSchema } from "@/lib/settings/schema";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { parseInput } from "../http/validate";

export const EXTRACT_THRESHOLD = "extract.threshold";

/**
 * The detector probability a clause needs to be proposed as a claim when articles are imported or
 * re-extracted; the engine's default until an admin sets one.
 */
export async function extractionThreshold(): Promise<number> {
  const setting = await db().setting.findUnique({ where: { key: EXTRACT_THRESHOLD } });
  const parsed = thresholdSchema.safeParse({ threshold: setting?.value });
  return setting && parsed.success ? parsed.data.threshold : CLAIM_THRESHOLD;
}

export async function setExtractionThreshold(input: unknown, actor: Actor): Promise<number> {
  authorize(actor, "settings:manage");
  const { threshold } = parseInput(thresholdSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: EXTRACT_THRESHOLD } });
    await tx.setting.upsert({ where: { key: EXTRACT_THRESHOLD }, create: { key: EXTRACT_THRESHOLD, value: threshold }, update: { value: threshold } });
    await recordAudit(tx, actor, {
      action: "setting.update",
      entityType: "Setting",
      entityId: EXTRACT_THRESHOLD,
      before: { value: typeof before?.value === "number" ? before.value : null },
      after: { value: threshold },
    });
    return threshold;
  });
}
