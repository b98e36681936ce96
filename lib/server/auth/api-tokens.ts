import { generateApiToken } from "@/lib/auth/api-token";
import { z } from "zod";
import type { Actor } from "./actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "./authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

const issueTokenSchema = z.object({
  userId: z.string().min(1),
  name: z.string().trim().min(1).max(80).default("personal token"),
});

/**
 * Issues a personal API token. Users issue their own; issuing for someone else is user management.
 * The token is returned once: only its hash is stored.
 */
export async function issueApiToken(input: unknown, actor: Actor): Promise<{ id: string; token: string; prefix: string }> {
  const { userId, name } = parseInput(issueTokenSchema, input);
  authorize(actor, userId === actor.id ? "token:create" : "user:manage");
  const { token, tokenHash, prefix } = generateApiToken();
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!user) throw new AppError("not_found", "No such user");
    if (user.disabledAt) throw new AppError("invalid", "That account is disabled");
    const record = await tx.apiToken.create({ data: { userId, name, tokenHash, prefix }, select: { id: true } });
    await recordAudit(tx, actor, { action: "token.create", entityType: "ApiToken", entityId: record.id, after: { userId, name, prefix } });
    return { id: record.id, token, prefix };
  });
}
