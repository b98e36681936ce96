import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { importArticle, importArticles, reextractAndRegroup } from "@/lib/server/articles/articles";
import { takeClaim } from "@/lib/server/claims/assignments";
import { db } from "@/lib/server/db/client";
import { figureGroupTimeline, listFigureGroups, setClaimFigureGroup } from "@/lib/server/figures/figure-groups";
import { figureGroupForApi, figureGroupsForApi } from "@/lib/server/figures/group-api";
import { lastFigureRegroup, regroupFigureClaims } from "@/lib/server/figures/regroup";
import { errorResponse } from "@/lib/server/http/http";
import type { Actor as ServerActor } from "@/lib/server/auth/actors";
import { addSource } from "@/lib/server/claims/sources";
import { approveVerdict, proposeVerdict } from "@/lib/server/claims/verdicts";
import { makeUser } from "./helpers";
import { useWorkers, waitForRegroup } from "./job-helpers";

// The tracker fills itself through the queue: its workers run in this test process.
useWorkers();

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/datasets/ukraine-news-447.jsonl");
// The build-up to the invasion: Russian troop numbers and the first casualty totals, reported again and again.
const UNTIL = "20220220";

type Actor = Awaited<ReturnType<typeof makeUser>>;
let checker: Actor;
let editor: Actor;
let viewer: Actor;

const groupId = async (label: string) => (await db().figureGroup.findFirstOrThrow({ where: { label } })).id;

beforeAll(async () => {
  [checker, editor, viewer] = await Promise.all([makeUser("fact_checker"), makeUser("editor"), makeUser("viewer")]);
  const rows = readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { date: string; country: string; text: string })
    .filter((row) => row.date < UNTIL);
  // One bulk import, as the CLI and the upload page run it; nobody asks for grouping.
  const outcomes = await importArticles(
    rows.map((row) => ({ text: row.text, publishedAt: `${row.date.slice(0, 4)}-${row.date.slice(4, 6)}-${row.date.slice(6, 8)}`, outlet: `news (${row.country})` })),
    checker,
  );
  expect(outcomes.filter((outcome) => outcome.status === "failed")).toEqual([]);
  await waitForRegroup();
}, 120_000);

describe("figure tracker on real articles", () => {
  test("fills itself after an import: claims grouped by measure, unit and period, with a timeline of the values", async () => {
    expect(await lastFigureRegroup()).toBeInstanceOf(Date);
    const { groups, regroupedAt } = await listFigureGroups(viewer);
    expect(regroupedAt).toBeInstanceOf(Date);
    expect(groups.reduce((sum, group) => sum + group.claims, 0)).toBeGreaterThan(10);
    const labels = groups.map((group) => group.label);
    expect(labels).toEqual(expect.arrayContaining(["Russian troops massed near Ukraine", "Civilian deaths"]));

    const troops = await figureGroupTimeline(await groupId("Russian troops massed near Ukraine"), viewer);
    expect(troops.group).toMatchObject({ type: "military", unit: "people", period: null, cumulative: false, measure: "military:russian-troops-border:deployed" });
    expect(troops.points.length).toBeGreaterThan(10);
    const values = new Set(troops.points.map((point) => point.value));
    expect(values).toContain(100_000);
    expect(values).toContain(190_000);
    const dates = troops.points.map((point) => point.date!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(troops.points.every((point) => /troops|soldiers/i.test(point.statement))).toBe(true);
    // 7,000 extra troops is an increment: related to the 100,000-190,000 reported around it, not a contradiction.
    expect(troops.points.find((point) => point.value === 7000)?.flags).toEqual([]);
    // Every flag names the claims that disagree, and those claims are in the group.
    const ids = new Set(troops.points.map((point) => point.claimId));
    for (const flag of troops.points.flatMap((point) => point.flags)) {
      expect(flag.claimIds.length).toBeGreaterThan(0);
      expect(flag.claimIds.every((id) => ids.has(id))).toBe(true);
    }

    const deaths = await figureGroupTimeline(await groupId("Civilian deaths"), viewer);
    expect(deaths.group).toMatchObject({ cumulative: true, period: "cumulative" });
    expect(deaths.points.map((point) => point.value)).toEqual(deaths.points.map(() => 198));

    const audit = await db().auditEntry.findMany({ where: { action: "figure_groups.regroup" } });
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((entry) => entry.actorId === null)).toBe(true);
  });

  test("regrouping again changes nothing", async () => {
    const before = await db().claim.findMany({ where: { figureGroupId: { not: null } }, select: { id: true, figureGroupId: true }, orderBy: { id: "asc" } });
    const result = await regroupFigureClaims();
    expect(result.changed).toBe(0);
    const after = await db().claim.findMany({ where: { figureGroupId: { not: null } }, select: { id: true, figureGroupId: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  test("flags a running total that falls and a figure that contradicts an approved one of the same period", async () => {
    const lower = await importArticle(
      { text: "Kyiv. The UN said on Wednesday that 150 civilians had been killed so far by Russian forces.", publishedAt: "2022-02-16" },
      checker,
    );
    const other = await importArticle(
      { text: "Kyiv. The ministry said on Thursday that 240 civilians had been killed so far by Russian forces.", publishedAt: "2022-02-17" },
      checker,
    );
    await waitForRegroup();
    const deathsId = await groupId("Civilian deaths");
    const claimOf = async (articleId: string) => (await db().claim.findFirstOrThrow({ where: { articleId, figureGroupId: { not: null } } })).id;
    const lowerClaim = await claimOf(lower.articleId);
    const otherClaim = await claimOf(other.articleId);
    expect((await db().claim.findUniqueOrThrow({ where: { id: lowerClaim } })).figureGroupId).not.toBe(deathsId);
    // The UN's figure went to the UN-verified group: a reviewer puts it with the others.
    await setClaimFigureGroup(lowerClaim, { groupId: deathsId }, editor);

    let timeline = await figureGroupTimeline(deathsId, viewer);
    const flagsOf = (claimId: string) => timeline.points.find((point) => point.claimId === claimId)!.flags.map((flag) => flag.kind);
    expect(flagsOf(lowerClaim)).toEqual(["falls"]);
    expect(flagsOf(otherClaim)).toEqual([]);

    // Once the latest 198 is approved, 150 a few days later contradicts it; 240 does not, since a total may grow.
    const checked = timeline.points.filter((point) => point.value === 198).at(-1)!;
    await takeClaim(checked.claimId, {}, checker);
    await addSource(checked.claimId, { url: "https://example.org/health-ministry", stance: "supports" }, checker);
    const verdict = await proposeVerdict(checked.claimId, { rating: "true", rationale: "The ministry's own figure." }, checker);
    await approveVerdict(verdict.id, {}, editor);
    timeline = await figureGroupTimeline(deathsId, viewer);
    expect(flagsOf(lowerClaim)).toEqual(["falls", "contradicts_approved"]);
    expect(flagsOf(otherClaim)).toEqual([]);
    expect(timeline.points.find((point) => point.claimId === lowerClaim)!.flags[1]).toMatchObject({ claimIds: [checked.claimId] });
  });

  test("a reviewer's correction survives regrouping until it is handed back", async () => {
    const troopsId = await groupId("Russian troops massed near Ukraine");
    const claim = (await figureGroupTimeline(troopsId, viewer)).points.find((point) => point.value === 7000)!;
    await expect(setClaimFigureGroup(claim.claimId, { groupId: null }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    await setClaimFigureGroup(claim.claimId, { newGroupLabel: "Russian reinforcements at the border" }, checker);
    // An import runs grouping again by itself; the reviewer's placement is not undone.
    await importArticle({ text: "Kyiv. Officials said Russia had massed 150,000 troops near the border with Ukraine.", publishedAt: "2022-02-18" }, checker);
    await waitForRegroup();
    const moved = await db().claim.findUniqueOrThrow({ where: { id: claim.claimId }, include: { figureGroup: true } });
    expect(moved).toMatchObject({ figureGroupFixed: true, figureGroup: { label: "Russian reinforcements at the border", key: "custom:russian-reinforcements-at-the-border" } });

    await setClaimFigureGroup(claim.claimId, { automatic: true }, checker);
    const back = await db().claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    expect(back).toMatchObject({ figureGroupFixed: false, figureGroupId: troopsId });
    // The reviewer's group is gone with its last claim.
    expect(await db().figureGroup.count({ where: { key: "custom:russian-reinforcements-at-the-border" } })).toBe(0);
    const actions = (await db().auditEntry.findMany({ where: { entityId: claim.claimId, action: "claim.figure_group" }, orderBy: { id: "asc" } })).map((entry) => entry.after);
    expect(actions).toEqual([{ figureGroupId: expect.any(String), fixed: true }, { figureGroupId: troopsId, fixed: false }]);
  });

  test("a figure without a publication date takes the date its text states, or is listed undated with no flags", async () => {
    const stated = await importArticle({ text: "Kyiv. As of 15 February 2022, the UN said 170 civilians had been killed so far in the war in Ukraine." }, checker);
    const undated = await importArticle({ text: "Kyiv. The UN said 20 civilians had been killed so far in the war in Ukraine." }, checker);
    await waitForRegroup();
    const group = await db().claim.findFirstOrThrow({ where: { articleId: stated.articleId, figureGroupId: { not: null } }, select: { id: true, figureGroupId: true } });
    const timeline = await figureGroupTimeline(group.figureGroupId!, viewer);
    const statedPoint = timeline.points.find((point) => point.claimId === group.id)!;
    expect(statedPoint.date?.toISOString().slice(0, 10)).toBe("2022-02-15");
    const undatedClaim = await db().claim.findFirstOrThrow({ where: { articleId: undated.articleId, figureGroupId: { not: null } }, select: { id: true, figureGroupId: true } });
    const undatedPoint = (await figureGroupTimeline(undatedClaim.figureGroupId!, viewer)).points.find((point) => point.claimId === undatedClaim.id)!;
    // 20 is far below the totals around it, yet undated: never plotted at the import date, never flagged.
    expect(undatedPoint).toMatchObject({ date: null, value: 20, flags: [] });
  });

  test("re-extraction brings the groups up to date by itself", async () => {
    const article = await importArticle({ text: "Kyiv. The Ukrainian military said Russia has lost 5,000 soldiers since the invasion began.", publishedAt: "2022-02-19" }, checker);
    await waitForRegroup();
    const admin = await makeUser("admin");
    await db().claim.updateMany({ where: { articleId: article.articleId }, data: { figureGroupId: null } });
    await reextractAndRegroup(article.articleId, admin);
    await waitForRegroup();
    const claim = await db().claim.findFirstOrThrow({ where: { articleId: article.articleId }, include: { figureGroup: true } });
    expect(claim.figureGroup?.key).toBe("casualties:russian-military:losses:people:cumulative");
  });
});

describe("figure groups API", () => {
  async function answer(call: () => Promise<unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
    try {
      return { status: 200, body: (await call()) as Record<string, unknown> };
    } catch (error) {
      const response = errorResponse(error);
      return { status: response.status, body: (await response.json()).error };
    }
  }
  const nobody = null as unknown as ServerActor;

  test("lists groups with measure, unit, period, claim count and the last value and date", async () => {
    const { status, body } = await answer(() => figureGroupsForApi({}, viewer));
    expect(status).toBe(200);
    const groups = body.groups as Record<string, unknown>[];
    const deaths = groups.find((group) => group.label === "Civilian deaths");
    expect(deaths).toMatchObject({ id: expect.any(String), measure: "casualties:civilians:deaths", unit: "people", period: "cumulative", claims: expect.any(Number), lastValue: expect.any(Number), lastDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(body.regroupedAt).toEqual(expect.any(String));
    const levels = (await figureGroupsForApi({ period: "level" }, viewer)).groups;
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((group) => group.period === null)).toBe(true);
  });

  test("a group's points carry claim id, value, low/high, qualifier, date and flags, narrowed to a date range", async () => {
    const id = await groupId("Russian troops massed near Ukraine");
    const all = await figureGroupForApi(id, {}, viewer);
    expect(all.group).toMatchObject({ id, label: "Russian troops massed near Ukraine", period: null });
    expect(all.points[0]).toEqual({
      claimId: expect.any(String),
      articleId: expect.any(String),
      value: expect.any(Number),
      low: expect.toBeOneOf([expect.any(Number), null]),
      high: expect.toBeOneOf([expect.any(Number), null]),
      qualifier: expect.any(String),
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      flags: expect.any(Array),
    });
    const some = await figureGroupForApi(id, { from: "2022-02-01", to: "2022-02-10" }, viewer);
    expect(some.points.length).toBeLessThan(all.points.length);
    expect(some.points.every((point) => point.date !== null && point.date >= "2022-02-01" && point.date <= "2022-02-10")).toBe(true);
  });

  test("401 without a user, 400 for a bad query, 404 for an unknown group", async () => {
    const id = await groupId("Civilian deaths");
    expect((await answer(() => figureGroupsForApi({}, nobody))).status).toBe(401);
    expect((await answer(() => figureGroupForApi(id, {}, nobody))).status).toBe(401);
    expect(await answer(() => figureGroupsForApi({ period: "fortnight" }, viewer))).toMatchObject({ status: 400, body: { fields: { period: expect.any(Array) } } });
    expect(await answer(() => figureGroupForApi(id, { from: "2022-13-45" }, viewer))).toMatchObject({ status: 400, body: { fields: { from: expect.any(Array) } } });
    expect((await answer(() => figureGroupForApi(id, { from: "2022-03-01", to: "2022-02-01" }, viewer))).status).toBe(400);
    expect((await answer(() => figureGroupForApi("unknown", {}, viewer))).status).toBe(404);
  });
});
