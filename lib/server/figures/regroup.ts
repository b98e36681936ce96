import { randomUUID } from "node:crypto";
import { figureGroupFor } from "@/lib/search/groups";
import { SYSTEM_ACTOR } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { db } from "../db/client";
import { figureSelect } from "./figure-select";

const BATCH = 5000;
export const REGROUPED_SETTING_KEY = "figures.regroupedAt";
/** An arbitrary number naming the regrouping lock among PostgreSQL advisory locks. */
const REGROUP_LOCK_KEY = 7_114_022;

export interface RegroupResult {
  groups: number;
  grouped: number;
  changed: number;
  kept: number;
}

/**
 * Puts every claim that states a figure into its figure group (measure, unit and period), from
 * the extraction engine's figures. Idempotent: a second run changes nothing. Claims a reviewer
 * placed (figureGroupFixed) keep their group; groups left without claims are removed. The time
 * of the run is recorded for the tracker page.
 */
export async function regroupFigureClaims(): Promise<RegroupResult> {
  return db().$transaction(
    async (tx) => {
      // One run at a time across processes (the server, a command-line import): the second waits, then finds little to change.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REGROUP_LOCK_KEY}::bigint)`;
      const groupIds = new Map((await tx.figureGroup.findMany({ select: { id: true, key: true } })).map((group) => [group.key, group.id]));
      const assignments = new Map<string | null, string[]>();
      let changed = 0;
      let kept = 0;
      let grouped = 0;
      let cursor: string | undefined;
      for (;;) {
        const claims = await tx.claim.findMany({
          where: { figures: { some: {} } },
          select: { id: true, statement: true, quote: true, type: true, speaker: true, figureGroupId: true, figureGroupFixed: true, figures: figureSelect },
          orderBy: { id: "asc" },
          take: BATCH,
          ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        });
        if (claims.length === 0) break;
        cursor = claims.at(-1)!.id;
        for (const claim of claims) {
          if (claim.figureGroupFixed) {
            kept++;
            continue;
          }
          const match = figureGroupFor(claim);
          let groupId: string | null = null;
          if (match) {
            groupId = groupIds.get(match.group.key) ?? null;
            if (!groupId) {
              groupId = randomUUID();
              const { key, label, type, unit, period } = match.group;
              await tx.figureGroup.create({ data: { id: groupId, key, label, type, unit, period } });
              groupIds.set(key, groupId);
            }
            grouped++;
          }
          if (groupId === claim.figureGroupId) continue;
          changed++;
          const list = assignments.get(groupId) ?? [];
          list.push(claim.id);
          assignments.set(groupId, list);
        }
      }
      for (const [groupId, ids] of assignments) {
        for (let at = 0; at < ids.length; at += BATCH) {
          await tx.claim.updateMany({ where: { id: { in: ids.slice(at, at + BATCH) }, figureGroupFixed: false }, data: { figureGroupId: groupId } });
        }
      }
      // Claims whose figures were all removed keep no automatic group either.
      changed += (await tx.claim.updateMany({ where: { figureGroupFixed: false, figureGroupId: { not: null }, figures: { none: {} } }, data: { figureGroupId: null } })).count;
      await tx.figureGroup.deleteMany({ where: { claims: { none: {} } } });
      const groups = await tx.figureGroup.count();
      const result = { groups, grouped, changed, kept };
      const value = { at: new Date().toISOString(), ...result };
      await tx.setting.upsert({ where: { key: REGROUPED_SETTING_KEY }, create: { key: REGROUPED_SETTING_KEY, value }, update: { value } });
      if (changed > 0) await recordAudit(tx, SYSTEM_ACTOR, { action: "figure_groups.regroup", entityType: "FigureGroup", entityId: "*", after: result });
      return result;
    },
    { timeout: 120_000 },
  );
}

/** When the groups were last brought up to date, or null before the first run. */
export async function lastFigureRegroup(): Promise<Date | null> {
  const setting = await db().setting.findUnique({ where: { key: REGROUPED_SETTING_KEY } });
  const at = (setting?.value as { at?: unknown } | null)?.at;
  return typeof at === "string" && !Number.isNaN(Date.parse(at)) ? new Date(at) : null;
}
