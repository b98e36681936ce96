import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { importArticle } from "@/lib/server/articles/articles";
import { takeClaim } from "@/lib/server/claims/assignments";
import { db } from "@/lib/server/db/client";
import { figureGroupTimeline, listFigureGroups, recomputeFigureGroups, setClaimFigureGroup } from "@/lib/server/figures/figure-groups";
import { addSource } from "@/lib/server/claims/sources";
import { approveVerdict, proposeVerdict } from "@/lib/server/claims/verdicts";
import { makeUser } from "./helpers";

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
  for (const row of rows) {
    const publishedAt = `${row.date.slice(0, 4)}-${row.date.slice(4, 6)}-${row.date.slice(6, 8)}`;
    await importArticle({ text: row.text, publishedAt, outlet: `news (${row.country})` }, checker);
  }
}, 120_000);

describe("figure tracker on real articles", () => {
  test("groups the claims by subject and measure, with a timeline of the values", async () => {
    await expect(recomputeFigureGroups(viewer)).rejects.toMatchObject({ code: "forbidden" });
    const result = await recomputeFigureGroups(checker);
    expect(result.grouped).toBeGreaterThan(10);
    const groups = await listFigureGroups(viewer);
    const labels = groups.map((group) => group.label);
    expect(labels).toEqual(expect.arrayContaining(["Russian troops massed near Ukraine", "Civilian deaths"]));

    const troops = await figureGroupTimeline(await groupId("Russian troops massed near Ukraine"), viewer);
    expect(troops.group).toMatchObject({ type: "military", unit: "people", cumulative: false });
    expect(troops.points.length).toBeGreaterThan(10);
    const values = new Set(troops.points.map((point) => point.value));
    expect(values).toContain(100_000);
    expect(values).toContain(190_000);
    const dates = troops.points.map((point) => point.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(troops.points.every((point) => /troops|soldiers/i.test(point.statement))).toBe(true);
    // 7,000 extra troops is an increment, far from the 100,000-190,000 reported around it.
    const increment = troops.points.find((point) => point.value === 7000);
    expect(increment?.flags.map((flag) => flag.kind)).toContain("against_trend");
    expect(troops.points.find((point) => point.value === 100_000)?.flags).toEqual([]);

    const deaths = await figureGroupTimeline(await groupId("Civilian deaths"), viewer);
    expect(deaths.group.cumulative).toBe(true);
    expect(deaths.points.map((point) => point.value)).toEqual(deaths.points.map(() => 198));

    const audit = await db().auditEntry.findMany({ where: { action: "figure_groups.recompute" } });
    expect(audit).toHaveLength(1);
  });

  test("regrouping again changes nothing", async () => {
    const before = await db().claim.findMany({ where: { figureGroupId: { not: null } }, select: { id: true, figureGroupId: true }, orderBy: { id: "asc" } });
    const result = await recomputeFigureGroups(checker);
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
    await recomputeFigureGroups(checker);
    const deathsId = await groupId("Civilian deaths");
    const claimOf = async (articleId: string) => (await db().claim.findFirstOrThrow({ where: { articleId, figureGroupId: { not: null } } })).id;
    const lowerClaim = await claimOf(lower.articleId);
    const otherClaim = await claimOf(other.articleId);
    expect((await db().claim.findUniqueOrThrow({ where: { id: lowerClaim } })).figureGroupId).not.toBe(deathsId);
    // The UN's figure went to the UN-verified group: a reviewer puts it with the others.
    await setClaimFigureGroup(lowerClaim, { groupId: deathsId }, editor);

    let timeline = await figureGroupTimeline(deathsId, viewer);
    const flagsOf = (claimId: string) => timeline.points.find((point) => point.claimId === claimId)!.flags.map((flag) => flag.kind);
    expect(flagsOf(lowerClaim)).toEqual(["against_trend"]);
    expect(flagsOf(otherClaim)).toEqual([]);

    // Once the latest 198 is approved, 150 a few days later contradicts it; 240 does not, since a total may grow.
    const checked = timeline.points.filter((point) => point.value === 198).at(-1)!;
    await takeClaim(checked.claimId, {}, checker);
    await addSource(checked.claimId, { url: "https://example.org/health-ministry", stance: "supports" }, checker);
    const verdict = await proposeVerdict(checked.claimId, { rating: "true", rationale: "The ministry's own figure." }, checker);
    await approveVerdict(verdict.id, {}, editor);
    timeline = await figureGroupTimeline(deathsId, viewer);
    expect(flagsOf(lowerClaim)).toEqual(["against_trend", "contradicts_approved"]);
    expect(flagsOf(otherClaim)).toEqual([]);
    expect(timeline.points.find((point) => point.claimId === lowerClaim)!.flags[1]).toMatchObject({ claimId: checked.claimId });
  });

  test("a reviewer's correction survives regrouping until it is handed back", async () => {
    const troopsId = await groupId("Russian troops massed near Ukraine");
    const claim = (await figureGroupTimeline(troopsId, viewer)).points.find((point) => point.value === 7000)!;
    await expect(setClaimFigureGroup(claim.claimId, { groupId: null }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    await setClaimFigureGroup(claim.claimId, { newGroupLabel: "Russian reinforcements at the border" }, checker);
    await recomputeFigureGroups(checker);
    const moved = await db().claim.findUniqueOrThrow({ where: { id: claim.claimId }, include: { figureGroup: true } });
    expect(moved).toMatchObject({ figureGroupFixed: true, figureGroup: { label: "Russian reinforcements at the border", key: "custom:russian-reinforcements-at-the-border" } });

    await setClaimFigureGroup(claim.claimId, { automatic: true }, checker);
    const back = await db().claim.findUniqueOrThrow({ where: { id: claim.claimId } });
    expect(back).toMatchObject({ figureGroupFixed: false, figureGroupId: troopsId });
    // The reviewer's group is gone with its last claim.
    expect(await db().figureGroup.count({ where: { key: "custom:russian-reinforcements-at-the-border" } })).toBe(0);
    const actions = (await db().auditEntry.findMany({ where: { entityId: claim.claimId, action: "claim.figure_group" } })).map((entry) => entry.after);
    expect(actions).toEqual([{ figureGroupId: expect.any(String), fixed: true }, { figureGroupId: troopsId, fixed: false }]);
  });
});
