import { randomUUID } from "node:crypto";
import { figureValue } from "@/lib/search/figures";
import { customGroupKey, figureGroupFor, isCumulativeGroup, trackedFigureIndex } from "@/lib/search/groups";
import { figureDate, groupMeasure } from "@/lib/search/points";
import { figureGroupChoiceSchema } from "@/lib/search/schema";
import { trendFlags, type TrendFlag } from "@/lib/search/trend";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

import { figureSelect } from "./figure-select";
import { lastFigureRegroup } from "./regroup";

/** Ratings whose approval makes a figure the reference for its period. */
const CONFIRMING_RATING_VALUE = 4;

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
        const { key, label, type, unit, period } = match.group;
        figureGroupId = (await tx.figureGroup.create({ data: { id: randomUUID(), key, label, type, unit, period } })).id;
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

const articleSelect = { select: { id: true, title: true, outlet: true, publishedAt: true } };

/**
 * Every group with its measure, unit and period, how many claims it holds, the latest dated value,
 * and when grouping last ran.
 */
export async function listFigureGroups(actor: Actor) {
  authorize(actor, "article:read");
  const [groups, regroupedAt] = await Promise.all([
    db().figureGroup.findMany({
      select: {
        id: true, key: true, label: true, type: true, unit: true, period: true,
        claims: { select: { id: true, statement: true, quote: true, type: true, speaker: true, figures: figureSelect, article: articleSelect } },
      },
      orderBy: { label: "asc" },
    }),
    lastFigureRegroup(),
  ]);
  const summaries = groups.map(({ claims, ...group }) => {
    let last: { value: number; date: Date } | null = null;
    for (const claim of claims) {
      const figure = claim.figures[trackedFigureIndex(claim, group.key, group.unit)];
      const value = figure ? figureValue(figure) : null;
      const date = figure ? figureDate(figure.refDate, claim.article.publishedAt) : null;
      if (value !== null && date && (!last || date > last.date)) last = { value, date };
    }
    return {
      ...group,
      measure: groupMeasure(group.key),
      cumulative: isCumulativeGroup(group),
      claims: claims.length,
      lastValue: last?.value ?? null,
      lastDate: last?.date ?? null,
    };
  });
  summaries.sort((a, b) => b.claims - a.claims || a.label.localeCompare(b.label));
  return { groups: summaries, regroupedAt };
}

export interface TimelinePoint {
  claimId: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  /** The date the text gives for the figure, else the article's publication date; null: undated, listed but not plotted. */
  date: Date | null;
  speaker: string | null;
  statement: string;
  status: string;
  fixed: boolean;
  figureText: string | null;
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  verdict: { ratingKey: string; ratingLabel: string; state: string } | null;
  flags: TrendFlag[];
}

/** A group's claims in date order (undated last) with the value each states, who said it, the verdicts, and the flags. */
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
      period: true,
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
          article: articleSelect,
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
      date: figureDate(figure?.refDate ?? null, claim.article.publishedAt),
      speaker: claim.speaker,
      statement: claim.statement,
      status: claim.status,
      fixed: claim.figureGroupFixed,
      figureText: figure?.text ?? null,
      qualifier: figure?.qualifier ?? null,
      value: figure ? figureValue(figure) : null,
      low: figure?.low ?? null,
      high: figure?.high ?? null,
      verdict: verdict ? { ratingKey: verdict.ratingKey, ratingLabel: verdict.rating.label, state: verdict.state } : null,
      flags: [],
    };
  });
  const time = (point: TimelinePoint) => point.date?.getTime() ?? Number.POSITIVE_INFINITY;
  points.sort((a, b) => time(a) - time(b) || a.claimId.localeCompare(b.claimId));
  const confirmed = new Set(
    group.claims.filter((claim) => claim.verdicts[0]?.state === "approved" && claim.verdicts[0].rating.value >= CONFIRMING_RATING_VALUE).map((claim) => claim.id),
  );
  const cumulative = isCumulativeGroup(group);
  const flags = trendFlags(
    points.flatMap((point) =>
      point.value !== null && point.date
        ? [{ id: point.claimId, articleId: point.articleId, date: point.date, value: point.value, qualifier: point.qualifier, low: point.low, high: point.high, confirmed: confirmed.has(point.claimId) }]
        : [],
    ),
    cumulative,
    group.unit,
  );
  for (const point of points) point.flags = flags.get(point.claimId) ?? [];
  const { claims: _claims, ...summary } = group;
  return { group: { ...summary, measure: groupMeasure(group.key), cumulative, claims: points.length }, points };
}

export async function figureGroupChoices(actor: Actor) {
  authorize(actor, "article:read");
  return db().figureGroup.findMany({ select: { id: true, label: true }, orderBy: { label: "asc" } });
}
