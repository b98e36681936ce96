import { randomUUID } from "node:crypto";
import { figureValue } from "@/lib/search/figures";
import { customGroupKey, figureGroupFor, isCumulativeKey, trackedFigureIndex } from "@/lib/search/groups";
import { figureGroupChoiceSchema } from "@/lib/search/schema";
import { trendFlags, type TrendFlag } from "@/lib/search/trend";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

/** Ratings whose approval makes a figure the reference for its period. */
const CONFIRMING_RATING_VALUE = 4;
const BATCH = 5000;

const figureSelect = { orderBy: { position: "asc" as const }, select: { value: true, unit: true, low: true, high: true, qualifier: true, text: true } };

export interface RegroupResult {
  groups: number;
  grouped: number;
  changed: number;
  kept: number;
}

/**
 * Puts every claim that states a figure into its figure group, from the extraction engine's
 * figures, units and types. Claims a reviewer placed (figureGroupFixed) keep their group; groups
 * left without claims are removed.
 */
export async function recomputeFigureGroups(actor: Actor): Promise<RegroupResult> {
  authorize(actor, "claim:edit");
  return db().$transaction(
    async (tx) => {
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
              const { key, label, type, unit } = match.group;
              await tx.figureGroup.create({ data: { id: groupId, key, label, type, unit } });
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
      await recordAudit(tx, actor, { action: "figure_groups.recompute", entityType: "FigureGroup", entityId: "*", after: { groups, grouped, changed, kept } });
      return { groups, grouped, changed, kept };
    },
    { timeout: 120_000 },
  );
}

/** A reviewer's correction: the claim goes to the chosen group (or none) and regrouping leaves it there. */
export async function setClaimFigureGroup(claimId: string, input: unknown, actor: Actor): Promise<{ figureGroupId: string | null; fixed: boolean }> {
  authorize(actor, "claim:edit");
  const choice = parseInput(figureGroupChoiceSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, statement: true, quote: true, type: true, speaker: true, figureGroupId: true, figureGroupFixed: true, figures: figureSelect },
    });
    if (!claim) throw new AppError("not_found", "No such claim");
    let figureGroupId: string | null;
    let fixed = true;
    if ("automatic" in choice) {
      fixed = false;
      const match = figureGroupFor(claim);
      figureGroupId = match ? (await tx.figureGroup.findUnique({ where: { key: match.group.key }, select: { id: true } }))?.id ?? null : null;
      if (match && !figureGroupId) {
        figureGroupId = (await tx.figureGroup.create({ data: { id: randomUUID(), key: match.group.key, label: match.group.label, type: match.group.type, unit: match.group.unit } })).id;
      }
    } else if ("newGroupLabel" in choice) {
      const key = customGroupKey(choice.newGroupLabel);
      const unit = claim.figures.find((figure) => figureValue(figure) !== null)?.unit ?? null;
      const group = await tx.figureGroup.upsert({
        where: { key },
        create: { id: randomUUID(), key, label: choice.newGroupLabel, type: claim.type, unit },
        update: {},
        select: { id: true },
      });
      figureGroupId = group.id;
    } else if (choice.groupId === null) {
      figureGroupId = null;
    } else {
      const group = await tx.figureGroup.findUnique({ where: { id: choice.groupId }, select: { id: true } });
      if (!group) throw new AppError("not_found", "No such figure group");
      figureGroupId = group.id;
    }
    await tx.claim.update({ where: { id: claimId }, data: { figureGroupId, figureGroupFixed: fixed } });
    await recordAudit(tx, actor, {
      action: "claim.figure_group",
      entityType: "Claim",
      entityId: claimId,
      before: { figureGroupId: claim.figureGroupId, fixed: claim.figureGroupFixed },
      after: { figureGroupId, fixed },
    });
    if (claim.figureGroupId && claim.figureGroupId !== figureGroupId) {
      await tx.figureGroup.deleteMany({ where: { id: claim.figureGroupId, claims: { none: {} } } });
    }
    return { figureGroupId, fixed };
  });
}

export async function listFigureGroups(actor: Actor) {
  authorize(actor, "article:read");
  const groups = await db().figureGroup.findMany({
    select: { id: true, key: true, label: true, type: true, unit: true, _count: { select: { claims: true } } },
    orderBy: [{ claims: { _count: "desc" } }, { label: "asc" }],
  });
  return groups.map(({ _count, ...group }) => ({ ...group, claims: _count.claims, cumulative: isCumulativeKey(group.key) }));
}

export interface TimelinePoint {
  claimId: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  date: Date;
  speaker: string | null;
  statement: string;
  status: string;
  fixed: boolean;
  figureText: string | null;
  qualifier: string | null;
  value: number | null;
  verdict: { ratingKey: string; ratingLabel: string; state: string } | null;
  flags: TrendFlag[];
}

/** A group's claims in date order with the value each states, who said it, the verdicts, and the trend flags. */
export async function figureGroupTimeline(groupId: string, actor: Actor) {
  authorize(actor, "article:read");
  const group = await db().figureGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      key: true,
      label: true,
      type: true,
      unit: true,
      claims: {
        select: {
          id: true,
          statement: true,
          quote: true,
          type: true,
          speaker: true,
          status: true,
          figureGroupFixed: true,
          figures: figureSelect,
          article: { select: { id: true, title: true, outlet: true, publishedAt: true, createdAt: true } },
          verdicts: {
            where: { state: { in: ["proposed", "approved"] } },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { ratingKey: true, state: true, rating: { select: { label: true, value: true } } },
          },
        },
      },
    },
  });
  if (!group) throw new AppError("not_found", "No such figure group");
  const points: TimelinePoint[] = group.claims.map((claim) => {
    const figure = claim.figures[trackedFigureIndex(claim, group.key, group.unit)] ?? null;
    const verdict = claim.verdicts[0];
    return {
      claimId: claim.id,
      articleId: claim.article.id,
      articleTitle: claim.article.title,
      outlet: claim.article.outlet,
      date: claim.article.publishedAt ?? claim.article.createdAt,
      speaker: claim.speaker,
      statement: claim.statement,
      status: claim.status,
      fixed: claim.figureGroupFixed,
      figureText: figure?.text ?? null,
      qualifier: figure?.qualifier ?? null,
      value: figure ? figureValue(figure) : null,
      verdict: verdict ? { ratingKey: verdict.ratingKey, ratingLabel: verdict.rating.label, state: verdict.state } : null,
      flags: [],
    };
  });
  points.sort((a, b) => a.date.getTime() - b.date.getTime() || a.claimId.localeCompare(b.claimId));
  const confirmed = new Set(
    group.claims.filter((claim) => claim.verdicts[0]?.state === "approved" && claim.verdicts[0].rating.value >= CONFIRMING_RATING_VALUE).map((claim) => claim.id),
  );
  const flags = trendFlags(
    points.filter((point) => point.value !== null).map((point) => ({ id: point.claimId, date: point.date, value: point.value!, confirmed: confirmed.has(point.claimId) })),
    isCumulativeKey(group.key),
  );
  for (const point of points) point.flags = flags.get(point.claimId) ?? [];
  const { claims: _claims, ...summary } = group;
  return { group: { ...summary, cumulative: isCumulativeKey(group.key) }, points };
}

export async function figureGroupChoices(actor: Actor) {
  authorize(actor, "article:read");
  return db().figureGroup.findMany({ select: { id: true, label: true }, orderBy: { label: "asc" } });
}
