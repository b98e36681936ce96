import { z } from "zod";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { parseInput } from "../http/validate";

export const ALLOW_PRIVATE_URLS = "import.allowPrivateUrls";

/** Whether URL import may reach private, loopback and link-local addresses; off unless an admin turned it on. */
export async function privateUrlsAllowed(): Promise<boolean> {
  const setting = await db().setting.findUnique({ where: { key: ALLOW_PRIVATE_URLS } });
  return setting?.value === true;
}

const toggleSchema = z.object({ allow: z.boolean() });

export async function setPrivateUrlsAllowed(input: unknown, actor: Actor): Promise<boolean> {
  authorize(actor, "settings:manage");
  const { allow } = parseInput(toggleSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: ALLOW_PRIVATE_URLS } });
    await tx.setting.upsert({ where: { key: ALLOW_PRIVATE_URLS }, create: { key: ALLOW_PRIVATE_URLS, value: allow }, update: { value: allow } });
    await recordAudit(tx, actor, {
      action: "setting.update",
      entityType: "Setting",
      entityId: ALLOW_PRIVATE_URLS,
      before: { value: before?.value === true },
      after: { value: allow },
    });
    return allow;
  });
}
