import { randomUUID } from "node:crypto";
import { extractClaimFigures } from "@/lib/extract";
import { claimCreateSchema, claimEditSchema, mergeSchema, reasonSchema, splitSchema, versionOnlySchema, type FigureInput } from "@/lib/review/schema";
import { checkSpan, trimSpan } from "@/lib/review/span";
import { authorize } from "../auth/authz";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { checkVersion, claimSnapshot, loadClaim, transition, writeClaim } from "./claim-change";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { emitEvent } from "../events/emit";
import { parseInput } from "../http/validate";
import { queueWebhookDeliveries, recordWebhookEvent } from "../webhooks/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

interface PlacedFigure extends FigureInput {
  start: number;
  end: number;
}

/** The figures the engine gives a claim of this quote, placed in article coordinates. */
function detectFigures(quote: string, start: number): PlacedFigure[] {
  return extractClaimFigures(quote).map((figure) => ({ ...figure, start: figure.start + start, end: figure.end + start }));
}

/** Places figures a person typed: each must occur in the claim's quote. */
function placeFigures(figures: FigureInput[], text: string, start: number, end: number): PlacedFigure[] {
  const fields: Record<string, string[]> = {};
  const placed: PlacedFigure[] = [];
  let from = start;
  figures.forEach((figure, index) => {
    let at = text.indexOf(figure.text, from);
    if (at < 0 || at + figure.text.length > end) at = text.indexOf(figure.text, start);
    if (at < 0 || at + figure.text.length > end) {
      fields[`figures.${index}.text`] = [`"${figure.text}" does not occur in the claim's quote`];
      return;
    }
    placed.push({ ...figure, start: at, end: at + figure.text.length });
    from = at + figure.text.length;
  });
  if (Object.keys(fields).length) throw new AppError("invalid", "Some figures are not in the claim", { fields });
  return placed;
}

async function replaceFigures(tx: Tx, claimId: string, figures: PlacedFigure[]): Promise<void> {
  await tx.figure.deleteMany({ where: { claimId } });
  await tx.figure.createMany({
    data: figures.map((figure, position) => ({
      claimId,
      position,
      start: figure.start,
      end: figure.end,
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier,
      low: figure.low ?? null,
      high: figure.high ?? null,
      kind: figure.kind ?? "level",
      direction: figure.direction ?? null,
      period: figure.period ?? null,
      refDate: figure.refDate ?? null,
    })),
  });
}

function spanOrThrow(text: string, start: number, end: number): string {
  const check = checkSpan(text, start, end);
  if (!check.ok) throw new AppError("invalid", "The span is outside the article text", { fields: check.fields });
  return check.quote;
}

async function articleText(tx: Tx, articleId: string): Promise<string> {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
  return article.text;
}

const figureTexts = (figures: { text: string }[]) => figures.map((figure) => figure.text);

/** A person's change to a claim's content; it marks the claim as edited so re-extraction keeps it. */
export async function updateClaim(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:edit");
  const edit = parseInput(claimEditSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId, actor, "edit");
    checkVersion(claim, edit.version);
    transition(claim, actor, "edit");
    const data: Prisma.ClaimUncheckedUpdateManyInput = { editedAt: new Date() };
    if (edit.statement !== undefined) data.statement = edit.statement;
    if (edit.type !== undefined) data.type = edit.type;
    if (edit.speaker !== undefined) data.speaker = edit.speaker;
    let start = claim.start;
    let end = claim.end;
    let quote = claim.quote;
    const spanChanged = edit.start !== undefined && edit.end !== undefined && (edit.start !== claim.start || edit.end !== claim.end);
    if (edit.start !== undefined && edit.end !== undefined) {
      const text = await articleText(tx, claim.articleId);
      quote = spanOrThrow(text, edit.start, edit.end);
      ({ start, end } = { start: edit.start, end: edit.end });
      Object.assign(data, { start, end, quote });
      if (edit.figures) await replaceFigures(tx, claim.id, placeFigures(edit.figures, text, start, end));
      else if (spanChanged) await replaceFigures(tx, claim.id, detectFigures(quote, start));
    } else if (edit.figures) {
      await replaceFigures(tx, claim.id, placeFigures(edit.figures, await articleText(tx, claim.articleId), start, end));
    }
    const figuresChanged = edit.figures !== undefined || spanChanged;
    const figures = figuresChanged ? await tx.figure.findMany({ where: { claimId }, select: { text: true }, orderBy: { position: "asc" } }) : [];
    const version = await writeClaim(tx, claim, actor, data);
    const { editedAt: _editedAt, ...changed } = data;
    await recordAudit(tx, actor, {
      action: "claim.edit",
      entityType: "Claim",
      entityId: claim.id,
      before: claimSnapshot(claim),
      after: { ...claimSnapshot(claim), ...(changed as object), start, end, quote, ...(figuresChanged ? { figures: figureTexts(figures) } : {}) },
    });
    return { id: claim.id, version };
  });
}

/** A claim a person found that the extractor missed, anchored to the text they selected. */
export async function createClaim(input: unknown, actor: Actor) {
  authorize(actor, "claim:edit");
  const fields = parseInput(claimCreateSchema, input);
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: fields.articleId }, select: { text: true } });
    if (!article) throw new AppError("not_found", "No such article");
    spanOrThrow(article.text, fields.start, fields.end);
    const { start, end } = trimSpan(article.text, fields.start, fields.end);
    const quote = article.text.slice(start, end);
    const id = randomUUID();
    await tx.claim.create({
      data: {
        id,
        articleId: fields.articleId,
        start,
        end,
        quote,
        statement: fields.statement ?? quote,
        type: fields.type,
        speaker: fields.speaker ?? null,
        score: 1,
        origin: "manual",
        editedAt: new Date(),
        updatedById: actor.id,
      },
    });
    await replaceFigures(tx, id, detectFigures(quote, start));
    await recordAudit(tx, actor, {
      action: "claim.create",
      entityType: "Claim",
      entityId: id,
      after: { articleId: fields.articleId, start, end, quote, statement: fields.statement ?? quote, type: fields.type },
    });
    await emitEvent(tx, "claim.changed", { claimId: id, articleId: fields.articleId, state: "new", version: 1, by: actor.name });
    return { id, version: 1 };
  });
}

/** Cuts a claim in two at `at`; the second part becomes a new claim, sources and verdicts stay with the first. */
export async function splitClaim(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:edit");
  const { version, at } = parseInput(splitSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId, actor, "split");
    checkVersion(claim, version);
    transition(claim, actor, "split");
    const text = await articleText(tx, claim.articleId);
    const first = trimSpan(text, claim.start, at);
    const second = trimSpan(text, at, claim.end);
    if (at <= claim.start || at >= claim.end || first.start >= first.end || second.start >= second.end) {
      throw new AppError("invalid", "Split inside the claim, between two non-empty parts", { fields: { at: [`at must fall between ${claim.start} and ${claim.end} with text on both sides`] } });
    }
    const firstQuote = text.slice(first.start, first.end);
    const secondQuote = text.slice(second.start, second.end);
    await writeClaim(tx, claim, actor, { ...first, quote: firstQuote, statement: firstQuote, editedAt: new Date() });
    await replaceFigures(tx, claim.id, detectFigures(firstQuote, first.start));
    const newId = randomUUID();
    await tx.claim.create({
      data: {
        id: newId,
        articleId: claim.articleId,
        ...second,
        quote: secondQuote,
        statement: secondQuote,
        type: claim.type,
        speaker: claim.speaker,
        score: 1,
        origin: "manual",
        status: claim.status === "returned" ? "in_review" : claim.status,
        assigneeId: claim.assigneeId,
        editedAt: new Date(),
        updatedById: actor.id,
      },
    });
    await replaceFigures(tx, newId, detectFigures(secondQuote, second.start));
    const before = claimSnapshot(claim);
    await recordAudit(tx, actor, { action: "claim.split", entityType: "Claim", entityId: claim.id, before, after: { ...first, quote: firstQuote, newClaimId: newId } });
    await recordAudit(tx, actor, { action: "claim.split", entityType: "Claim", entityId: newId, before: { fromClaimId: claim.id, ...before }, after: { ...second, quote: secondQuote } });
    return { ids: [claim.id, newId] as const };
  });
}

/**
 * Joins two claims of one article into the one that starts first: its span covers both, the
 * statements are joined, figures and sources move over. A claim with verdicts is never deleted.
 */
export async function mergeClaims(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:edit");
  const { version, otherId, otherVersion } = parseInput(mergeSchema, input);
  if (otherId === claimId) throw new AppError("invalid", "Choose two different claims", { fields: { otherId: ["choose another claim"] } });
  return db().$transaction(async (tx) => {
    const one = await loadClaim(tx, claimId, actor, "merge");
    const two = await loadClaim(tx, otherId, actor, "merge");
    checkVersion(one, version);
    checkVersion(two, otherVersion);
    if (one.articleId !== two.articleId) throw new AppError("invalid", "Only claims of the same article can be merged", { fields: { otherId: ["belongs to another article"] } });
    transition(one, actor, "merge");
    transition(two, actor, "merge");
    const [keep, drop] = one.start <= two.start ? [one, two] : [two, one];
    if ((await tx.verdict.count({ where: { claimId: drop.id } })) > 0) {
      throw new AppError("invalid", "The later claim has verdicts; merge it the other way or dismiss it instead", { fields: { otherId: ["has verdicts"] } });
    }
    const text = await articleText(tx, keep.articleId);
    const start = Math.min(keep.start, drop.start);
    const end = Math.max(keep.end, drop.end);
    const quote = text.slice(start, end);
    const statement = `${keep.statement} ${drop.statement}`.slice(0, 2000);
    await writeClaim(tx, keep, actor, { start, end, quote, statement, assigneeId: keep.assigneeId ?? drop.assigneeId, editedAt: new Date() });
    await writeClaim(tx, drop, actor, {});
    const figures = await tx.figure.findMany({ where: { claimId: { in: [keep.id, drop.id] } }, orderBy: [{ start: "asc" }] });
    await replaceFigures(tx, keep.id, figures);
    await tx.source.updateMany({ where: { claimId: drop.id }, data: { claimId: keep.id } });
    await tx.claim.delete({ where: { id: drop.id } });
    await recordAudit(tx, actor, { action: "claim.merge", entityType: "Claim", entityId: keep.id, before: claimSnapshot(keep), after: { start, end, quote, statement, mergedClaimId: drop.id } });
    await recordAudit(tx, actor, { action: "claim.merge", entityType: "Claim", entityId: drop.id, before: claimSnapshot(drop), after: { mergedIntoClaimId: keep.id } });
    return { id: keep.id, removedId: drop.id };
  });
}

async function changeState(
  claimId: string,
  actor: Actor,
  action: "dismiss" | "restore" | "reopen",
  version: number | undefined,
  reason: string | null,
) {
  const { result, deliveries } = await db().$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId, actor, action);
    checkVersion(claim, version);
    const to = transition(claim, actor, action);
    const data: Prisma.ClaimUncheckedUpdateManyInput = { status: to };
    if (action === "dismiss") data.dismissedReason = reason;
    if (action === "restore") data.dismissedReason = null;
    const next = await writeClaim(tx, claim, actor, data);
    await recordAudit(tx, actor, {
      action: `claim.${action}`,
      entityType: "Claim",
      entityId: claim.id,
      before: { status: claim.status, ...(claim.dismissedReason ? { dismissedReason: claim.dismissedReason } : {}) },
      after: { status: to, ...(reason ? { reason } : {}) },
    });
    const deliveries =
      action === "reopen"
        ? await recordWebhookEvent(tx, "claim.reopened", {
            claim: { id: claim.id, articleId: claim.articleId, status: to, version: next, quote: claim.quote, statement: claim.statement, speaker: claim.speaker },
            reason,
            reopenedBy: { id: actor.id, name: actor.name },
          })
        : [];
    return { result: { id: claim.id, state: to, version: next }, deliveries };
  });
  await queueWebhookDeliveries(deliveries);
  return result;
}

/** Not check-worthy: out of the queues, with the reason kept. */
export async function dismissClaim(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:dismiss");
  const { version, reason } = parseInput(reasonSchema, input);
  return changeState(claimId, actor, "dismiss", version, reason);
}

export async function restoreClaim(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:dismiss");
  const { version } = parseInput(versionOnlySchema, input);
  return changeState(claimId, actor, "restore", version, null);
}

/** Unlocks an approved claim; the reason is what the history shows for why an approved check changed. */
export async function reopenClaim(claimId: string, input: unknown, actor: Actor) {
  authorize(actor, "claim:reopen");
  const { version, reason } = parseInput(reasonSchema, input);
  return changeState(claimId, actor, "reopen", version, reason);
}
