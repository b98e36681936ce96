"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { assignArticle, assignClaim, takeClaim } from "@/lib/server/claims/assignments";
import { createClaim, dismissClaim, mergeClaims, reopenClaim, restoreClaim, splitClaim, updateClaim } from "@/lib/server/claims/claims";
import { reextractAndRegroup } from "@/lib/server/articles/articles";
import { addSource, removeSource, updateSource } from "@/lib/server/claims/sources";
import { approveVerdict, proposeVerdict, returnVerdict } from "@/lib/server/claims/verdicts";
import { scheduleArticle, scheduleClaim } from "@/lib/server/claims/schedule";
import { setClaimTags } from "@/lib/server/tags/tags";
import type { Actor } from "@/lib/server/auth/actors";
import { FIGURE_ROW_FIELDS, figuresFromRows, readFigureRows } from "@/lib/review/figures";

const FIGURE_FIELD_NAMES = new Set<string>(Object.values(FIGURE_ROW_FIELDS));

type Work = (id: string, fields: Record<string, FormDataEntryValue>, actor: Actor, form: FormData) => Promise<string>;

/**
 * Every claim form posts the id it acts on (claimId, sourceId or verdictId) plus its fields; the
 * lib/server function authorizes and validates. Any change can show on several pages (article,
 * claim, queues, dashboard), so the whole app is revalidated.
 */
function claimAction(idField: string, work: Work) {
  return async (_previous: ActionState, form: FormData): Promise<ActionState> => {
    const { [idField]: id, ...fields } = Object.fromEntries(form);
    const state = await runAction(async (actor) => work(String(id ?? ""), fields, actor as Actor, form));
    if (state?.ok) revalidatePath("/", "layout");
    return state;
  };
}

export const takeAction = claimAction("claimId", async (id, fields, actor) => {
  await takeClaim(id, fields, actor);
  return "The claim is yours";
});

export const assignAction = claimAction("claimId", async (id, fields, actor) => {
  await assignClaim(id, fields, actor);
  return "Assigned";
});

export const assignArticleAction = claimAction("articleId", async (id, fields, actor) => {
  const { assigned } = await assignArticle({ ...fields, articleId: id }, actor);
  return `Assigned ${assigned} claim${assigned === 1 ? "" : "s"}`;
});

export const editClaimAction = claimAction("claimId", async (id, fields, actor, form) => {
  const { figuresOriginal, ...claimFields } = Object.fromEntries(Object.entries(fields).filter(([name]) => !FIGURE_FIELD_NAMES.has(name)));
  const rows = readFigureRows(form);
  // Figures sent back unchanged would lose what the rows cannot show (ranges' bounds), so they are sent only when edited.
  const edit: Record<string, unknown> = { ...claimFields };
  if (figuresOriginal !== undefined && JSON.stringify(rows) !== String(figuresOriginal)) edit.figures = figuresFromRows(rows);
  await updateClaim(id, edit, actor);
  return "Saved";
});

export const reextractArticleAction = claimAction("articleId", async (id, _fields, actor) => {
  const { kept, replaced, added } = await reextractAndRegroup(id, actor);
  return `Extraction run again: ${added} claims found, ${replaced} untouched claims replaced, ${kept} reviewed claims kept`;
});

/** A new claim is selected straight away, since the next thing anyone does is work on it. */
export async function createClaimAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let created: { articleId: string; id: string } | undefined;
  const state = await runAction(async (actor) => {
    const fields = Object.fromEntries(form);
    const claim = await createClaim(fields, actor as Actor);
    created = { articleId: String(fields.articleId), id: claim.id };
    return "Claim added";
  });
  // redirect() throws, so it must run outside runAction's error mapping.
  if (created) {
    revalidatePath("/", "layout");
    redirect(`/articles/${created.articleId}?claim=${created.id}`);
  }
  return state;
}

export const splitAction = claimAction("claimId", async (id, fields, actor) => {
  await splitClaim(id, fields, actor);
  return "Split into two claims";
});

export const mergeAction = claimAction("claimId", async (id, fields, actor) => {
  await mergeClaims(id, fields, actor);
  return "Merged";
});

export const dismissAction = claimAction("claimId", async (id, fields, actor) => {
  await dismissClaim(id, fields, actor);
  return "Dismissed";
});

export const restoreAction = claimAction("claimId", async (id, fields, actor) => {
  await restoreClaim(id, fields, actor);
  return "Restored";
});

export const reopenAction = claimAction("claimId", async (id, fields, actor) => {
  await reopenClaim(id, fields, actor);
  return "Reopened";
});

export const addSourceAction = claimAction("claimId", async (id, fields, actor) => {
  await addSource(id, fields, actor);
  return "Source added";
});

export const updateSourceAction = claimAction("sourceId", async (id, fields, actor) => {
  await updateSource(id, fields, actor);
  return "Source saved";
});

export const removeSourceAction = claimAction("sourceId", async (id, fields, actor) => {
  await removeSource(id, fields, actor);
  return "Source removed";
});

export const proposeAction = claimAction("claimId", async (id, fields, actor) => {
  await proposeVerdict(id, fields, actor);
  return "Verdict proposed";
});

export const approveAction = claimAction("verdictId", async (id, fields, actor) => {
  await approveVerdict(id, fields, actor);
  return "Approved";
});

export const returnAction = claimAction("verdictId", async (id, fields, actor) => {
  await returnVerdict(id, fields, actor);
  return "Returned to the fact-checker";
});

export const scheduleAction = claimAction("claimId", async (id, fields, actor) => {
  await scheduleClaim(id, fields, actor);
  return "Due date and priority saved";
});

export const scheduleArticleAction = claimAction("articleId", async (id, fields, actor) => {
  const { scheduled } = await scheduleArticle({ ...fields, articleId: id }, actor);
  return `Scheduled ${scheduled} open claim${scheduled === 1 ? "" : "s"}`;
});

/** Checkboxes post one `tagIds` field per ticked tag. */
export async function setClaimTagsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    await setClaimTags(String(form.get("claimId") ?? ""), { tagIds: form.getAll("tagIds").map(String) }, actor);
    return "Tags saved";
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}
