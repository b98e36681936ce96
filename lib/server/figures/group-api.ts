import { figureGroupListQuerySchema, figureTimelineQuerySchema } from "@/lib/search/schema";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { parseInput } from "../http/validate";
import { figureGroupTimeline, listFigureGroups } from "./figure-groups";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** GET /api/v1/figures/groups: every group with its claim count and latest dated value, filtered by type and period. */
export async function figureGroupsForApi(input: unknown, actor: Actor | null) {
  authorize(actor, "article:read");
  const query = parseInput(figureGroupListQuerySchema, input);
  const { groups, regroupedAt } = await listFigureGroups(actor);
  return {
    regroupedAt: regroupedAt?.toISOString() ?? null,
    groups: groups
      .filter((group) => (!query.type || group.type === query.type) && (!query.period || (group.period ?? "level") === query.period))
      .map((group) => ({
        id: group.id,
        label: group.label,
        measure: group.measure,
        type: group.type,
        unit: group.unit,
        period: group.period,
        claims: group.claims,
        lastValue: group.lastValue,
        lastDate: day(group.lastDate),
      })),
  };
}

/** GET /api/v1/figures/groups/{id}: the group and its points in a date range (undated points only without a range). */
export async function figureGroupForApi(groupId: string, input: unknown, actor: Actor | null) {
  authorize(actor, "article:read");
  const query = parseInput(figureTimelineQuerySchema, input);
  const { group, points } = await figureGroupTimeline(groupId, actor);
  const from = query.from ?? null;
  const to = query.to ?? null;
  const inRange = (date: string | null) => (date === null ? from === null && to === null : (from === null || date >= from) && (to === null || date <= to));
  return {
    group: { id: group.id, label: group.label, measure: group.measure, type: group.type, unit: group.unit, period: group.period, claims: group.claims },
    points: points
      .map((point) => ({
        claimId: point.claimId,
        articleId: point.articleId,
        value: point.value,
        low: point.low,
        high: point.high,
        qualifier: point.qualifier,
        date: day(point.date),
        flags: point.flags,
      }))
      .filter((point) => inRange(point.date)),
  };
}
