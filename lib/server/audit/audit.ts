import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";

type Tx = Prisma.TransactionClient;

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Appends to the audit log inside the caller's transaction, so a change and its record land together. */
export async function recordAudit(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: { ...record, actorId: actor.id } });
}
