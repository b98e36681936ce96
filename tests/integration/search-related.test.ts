import { beforeAll, describe, expect, test } from "vitest";
import { importArticle } from "@/lib/server/articles/articles";
import { takeClaim } from "@/lib/server/claims/assignments";
import { db } from "@/lib/server/db/client";
import { setArticleArchived } from "@/lib/server/articles/archive";
import { linkClaim, markNotRelated, recordLink, relatedClaims } from "@/lib/server/claims/related";
import { search } from "@/lib/server/search/search";
import { addSource } from "@/lib/server/claims/sources";
import { approveVerdict, proposeVerdict } from "@/lib/server/claims/verdicts";
import { makeUser } from "./helpers";

const TROOPS = "Russia has deployed more than 100,000 troops near the border with Ukraine, the Pentagon said on Tuesday.";
const OTHER_FIGURE = "Russia has deployed more than 130,000 troops near the border with Ukraine, the Pentagon said on Tuesday.";

type Actor = Awaited<ReturnType<typeof makeUser>>;
let checker: Actor;
let editor: Actor;
let viewer: Actor;
const claimOf = async (articleId: string, words: string) =>
  (await db().claim.findFirstOrThrow({ where: { articleId, statement: { contains: words } }, select: { id: true } })).id;

let original: string;
let repeat: string;
let differentFigure: string;
let unrelated: string;

beforeAll(async () => {
  [checker, editor, viewer] = await Promise.all([makeUser("fact_checker"), makeUser("editor"), makeUser("viewer")]);
  const a = await importArticle({ text: `${TROOPS} Grain exports from Odesa resumed last week.`, title: "Build-up", outlet: "Daily Wire Service", publishedAt: "2022-02-01" }, checker);
  const b = await importArticle({ text: `Tension grew in Kyiv. ${TROOPS}`, title: "Repeat", outlet: "Evening Post", publishedAt: "2022-02-03" }, checker);
  const c = await importArticle({ text: `Tension grew in Kyiv again. ${OTHER_FIGURE}`, title: "New figure", outlet: "Evening Post", publishedAt: "2022-02-10" }, checker);
  const d = await importArticle({ text: "The central bank raised interest rates to 25 percent on Friday, the governor said.", title: "Rates", publishedAt: "2022-03-01" }, checker);
  original = await claimOf(a.articleId, "100,000 troops");
  repeat = await claimOf(b.articleId, "100,000 troops");
  differentFigure = await claimOf(c.articleId, "130,000 troops");
  unrelated = await claimOf(d.articleId, "interest rates");
});

describe("related claims", () => {
  test("an exact repeat in another article ranks first as the same claim; a different figure is related but not the same", async () => {
    const related = await relatedClaims(original, viewer);
    expect(related.map((entry) => entry.id)).toEqual([repeat, differentFigure]);
    expect(related[0]).toMatchObject({ level: "same", linked: false, status: "new", verdict: null });
    expect(related[0]!.score).toBeGreaterThan(related[1]!.score);
    expect(related[1]).toMatchObject({ level: "related" });
    expect(related[1]!.parts.figureConflict).toBe(true);
    expect(related.some((entry) => entry.id === unrelated)).toBe(false);
  });

  test("claims of the same article are not offered", async () => {
    const articleId = (await db().claim.findUniqueOrThrow({ where: { id: original } })).articleId;
    const related = await relatedClaims(original, viewer);
    const articles = await db().claim.findMany({ where: { id: { in: related.map((entry) => entry.id) } }, select: { articleId: true } });
    expect(articles.every((claim) => claim.articleId !== articleId)).toBe(true);
  });

  test("a suggestion marked not related does not come back, from either side", async () => {
    await expect(markNotRelated(differentFigure, { targetClaimId: original }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    await markNotRelated(differentFigure, { targetClaimId: original }, checker);
    expect((await relatedClaims(original, viewer)).map((entry) => entry.id)).toEqual([repeat]);
    expect((await relatedClaims(differentFigure, viewer)).map((entry) => entry.id)).not.toContain(original);
    // Marking twice is harmless and writes no second link.
    await markNotRelated(differentFigure, { targetClaimId: original }, checker);
    expect(await db().claimLink.count({ where: { kind: "not_related" } })).toBe(1);
    const audit = await db().auditEntry.findMany({ where: { action: "claim.not_related", entityId: differentFigure } });
    expect(audit).toHaveLength(1);
  });
});

describe("linking to an already-checked claim", () => {
  test("reuses the sources and the verdict as a new proposal that still needs an editor's approval", async () => {
    await takeClaim(original, {}, checker);
    await addSource(original, { url: "https://example.org/pentagon-briefing", stance: "supports", title: "Pentagon briefing" }, checker);
    const proposed = await proposeVerdict(original, { rating: "mostly_true", rationale: "The Pentagon gave this estimate." }, checker);

    // Only an approved check can be reused.
    await expect(linkClaim(repeat, { targetClaimId: original }, checker)).rejects.toMatchObject({ code: "invalid" });
    await approveVerdict(proposed.id, {}, editor);

    await expect(linkClaim(repeat, { targetClaimId: original }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    const result = await linkClaim(repeat, { targetClaimId: original }, checker);

    const claim = await db().claim.findUniqueOrThrow({ where: { id: repeat }, include: { sources: true, verdicts: true } });
    expect(claim.status).toBe("proposed");
    expect(claim.sources.map((source) => source.url)).toEqual(["https://example.org/pentagon-briefing"]);
    expect(claim.verdicts).toHaveLength(1);
    expect(claim.verdicts[0]).toMatchObject({ id: result.verdictId, state: "proposed", ratingKey: "mostly_true", authorId: checker.id });
    expect(claim.verdicts[0]!.rationale).toContain("The Pentagon gave this estimate.");

    // Four eyes still apply to the reused verdict: the checker who linked cannot approve it, an editor can.
    const links = await db().claimLink.findMany({ where: { claimId: repeat } });
    expect(links).toMatchObject([{ targetClaimId: original, kind: "same_claim", createdById: checker.id }]);
    const actions = (await db().auditEntry.findMany({ where: { entityId: repeat }, orderBy: { id: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["claim.take", "source.add", "verdict.propose", "claim.link"]);
    await approveVerdict(result.verdictId, {}, editor);
    expect((await db().claim.findUniqueOrThrow({ where: { id: repeat } })).status).toBe("approved");

    const related = await relatedClaims(original, viewer);
    expect(related[0]).toMatchObject({ id: repeat, linked: true, verdict: { ratingKey: "mostly_true", state: "approved" } });
    expect((await relatedClaims(repeat, viewer))[0]).toMatchObject({ id: original, linked: true, verdict: { ratingKey: "mostly_true", state: "approved" } });
  });

  test("a second link, or a link to the claim itself, is refused and changes nothing", async () => {
    await expect(linkClaim(repeat, { targetClaimId: original }, checker)).rejects.toMatchObject({ code: "conflict" });
    await expect(linkClaim(repeat, { targetClaimId: repeat }, checker)).rejects.toMatchObject({ code: "invalid" });
    await expect(linkClaim(repeat, { targetClaimId: "no-such-claim" }, checker)).rejects.toMatchObject({ code: "not_found" });
    expect(await db().verdict.count({ where: { claimId: repeat } })).toBe(1);
  });
});

describe("search", () => {
  test("finds claims and articles, ranks them, and marks the matched words", async () => {
    const result = await search({ q: "troops border" }, viewer);
    expect(result.claims.map((claim) => claim.id).sort()).toEqual([original, repeat, differentFigure].sort());
    const hit = result.claims.find((claim) => claim.id === original)!;
    expect(hit.highlight.filter((part) => part.match).map((part) => part.text.toLowerCase())).toEqual(["troops", "border"]);
    expect(hit.highlight.map((part) => part.text).join("")).toBe(hit.statement);
    expect(hit.verdict).toMatchObject({ ratingKey: "mostly_true", state: "approved" });
    expect(result.articles.map((article) => article.title).sort()).toEqual(["Build-up", "New figure", "Repeat"]);
    expect(result.articles[0]!.highlight.some((part) => part.match)).toBe(true);
  });

  test("ranks the closer match first", async () => {
    const result = await search({ q: "grain exports Odesa" }, viewer);
    expect(result.claims[0]!.statement).toContain("Grain exports from Odesa");
    expect(result.claims[0]!.rank).toBeGreaterThan(0);
  });

  test("filters by type, state, rating, outlet, speaker and date, typed into the query or given as fields", async () => {
    const ids = async (input: Record<string, string>) => (await search(input, viewer)).claims.map((claim) => claim.id).sort();
    expect(await ids({ q: "troops", outlet: "evening" })).toEqual([repeat, differentFigure].sort());
    expect(await ids({ q: "troops outlet:\"Daily Wire\"" })).toEqual([original]);
    expect(await ids({ q: "troops", from: "2022-02-02", to: "2022-02-03" })).toEqual([repeat]);
    expect(await ids({ q: "troops state:new" })).toEqual([differentFigure]);
    expect(await ids({ q: "troops", rating: "mostly_true" })).toEqual([original, repeat].sort());
    expect(await ids({ q: "troops", speaker: "pentagon", type: "military" })).toEqual([original, repeat, differentFigure].sort());
    expect(await ids({ q: "troops type:economic" })).toEqual([]);
    // Filters alone list claims; claim-only filters leave articles out.
    const filtered = await search({ q: "type:economic" }, viewer);
    expect(filtered.claims.map((claim) => claim.statement).sort()).toEqual([
      // Relative dates resolve to each article's publication date.
      "Grain exports from Odesa resumed in the week before 1 February 2022",
      "The governor said the central bank raised interest rates to 25 percent on Friday 25 February 2022",
    ]);
    expect(filtered.articles).toEqual([]);
  });

  test("refuses bad filters and anonymous callers; stop words alone find nothing", async () => {
    await expect(search({ q: "troops", type: "weather" }, viewer)).rejects.toMatchObject({ code: "invalid" });
    await expect(search({ q: "troops from:yesterday" }, viewer)).rejects.toMatchObject({ code: "invalid" });
    await expect(search({ q: "troops" }, null as never)).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await search({ q: "the and of" }, viewer)).toMatchObject({ claims: [], articles: [] });
  });
});

describe("archived articles", () => {
  test("offer no related claims, unless a reviewer linked one before the article was archived", async () => {
    const admin = await makeUser("admin");
    const GRAIN = "The port of Izmail handled 4.2 million tonnes of grain in March, the port authority said.";
    const live = await importArticle({ text: `Shipping news. ${GRAIN}`, title: "Izmail grain", publishedAt: "2023-04-02" }, checker);
    const archived = await importArticle({ text: `Earlier shipping news. ${GRAIN}`, title: "Izmail grain, earlier", publishedAt: "2023-04-01" }, checker);
    const claim = await claimOf(live.articleId, "4.2 million tonnes");
    const archivedRepeat = await claimOf(archived.articleId, "4.2 million tonnes");
    expect((await relatedClaims(claim, viewer)).map((entry) => entry.id)).toEqual([archivedRepeat]);

    await setArticleArchived(archived.articleId, { archived: true }, admin);
    expect(await relatedClaims(claim, viewer)).toEqual([]);

    await setArticleArchived(archived.articleId, { archived: false }, admin);
    await recordLink(claim, { targetClaimId: archivedRepeat, kind: "same_claim" }, checker);
    await setArticleArchived(archived.articleId, { archived: true }, admin);
    expect(await relatedClaims(claim, viewer)).toMatchObject([{ id: archivedRepeat, linked: true, linkKind: "same_claim" }]);
  });
});
