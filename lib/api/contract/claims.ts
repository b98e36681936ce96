import { z } from "zod";
import { commentCreateSchema, commentUpdateSchema } from "@/lib/comments/schema";
import { bulkSchema } from "@/lib/review/bulk";
import { claimListSchema } from "@/lib/review/claim-list";
import { scheduleSchema } from "@/lib/review/schedule";
import {
  assignSchema,
  claimCreateSchema,
  claimEditSchema,
  mergeSchema,
  reasonSchema,
  sourceCreateSchema,
  splitSchema,
  verdictProposeSchema,
  verdictReturnSchema,
  versionOnlySchema,
} from "@/lib/review/schema";
import { linkRequestSchema } from "@/lib/search/schema";
import { presenceSchema } from "@/lib/presence/schema";
import { refusingUnknownFields as strict } from "../strict";
import { operations } from "./operation";
import { anyJson, apiClaim, assignment, claimDetail, claimListItem, page, stateChange, verdictDecision } from "./shapes";

const CHANGE_ERRORS = ["forbidden", "not_found", "invalid", "conflict"] as const;
const ok = (schema: z.ZodType, description = "Done") => ({ 200: { description, schema } });
const created = (schema: z.ZodType, description = "Created") => ({ 201: { description, schema } });

const comment = z.looseObject({ id: z.string(), body: z.string(), html: z.string(), editable: z.boolean() }).meta({ id: "Comment" });
const source = z.looseObject({ id: z.string(), claimId: z.string(), url: z.string(), stance: z.string() }).meta({ id: "Source" });

export const claimOperations = operations({
  listClaims: {
    method: "get", path: "/api/v1/claims", tag: "Claims", summary: "List claims, filtered and sorted, a page at a time",
    query: claimListSchema, responses: ok(page(claimListItem), "A page of claims"), errors: ["invalid"],
  },
  createClaim: {
    method: "post", path: "/api/v1/claims", tag: "Claims", summary: "Create a claim from a span of an article's text the extractor missed",
    body: strict(claimCreateSchema), responses: created(z.object({ id: z.string(), version: z.number().int() })), errors: ["forbidden", "not_found", "invalid"],
  },
  getClaim: {
    method: "get", path: "/api/v1/claims/{id}", tag: "Claims", summary: "A claim with its sources, verdicts and context",
    responses: ok(claimDetail, "The claim"), errors: ["not_found"],
  },
  updateClaim: {
    method: "patch", path: "/api/v1/claims/{id}", tag: "Claims", summary: "Edit a claim's statement, type, speaker, span or figures",
    body: strict(claimEditSchema), responses: ok(apiClaim, "The claim as changed"), errors: [...CHANGE_ERRORS],
  },
  takeClaim: {
    method: "post", path: "/api/v1/claims/{id}/take", tag: "Claims", summary: "Take a claim for yourself (it goes in review)",
    body: strict(versionOnlySchema), bodyOptional: true, responses: ok(assignment), errors: [...CHANGE_ERRORS],
  },
  assignClaim: {
    method: "post", path: "/api/v1/claims/{id}/assign", tag: "Claims", summary: "Give a claim to a checker (editors and admins)",
    body: strict(assignSchema), responses: ok(assignment), errors: [...CHANGE_ERRORS],
  },
  dismissClaim: {
    method: "post", path: "/api/v1/claims/{id}/dismiss", tag: "Claims", summary: "Dismiss a claim as not check-worthy, with the reason",
    body: strict(reasonSchema), responses: ok(stateChange), errors: [...CHANGE_ERRORS],
  },
  restoreClaim: {
    method: "post", path: "/api/v1/claims/{id}/restore", tag: "Claims", summary: "Bring a dismissed claim back to the queues",
    body: strict(versionOnlySchema), bodyOptional: true, responses: ok(stateChange), errors: [...CHANGE_ERRORS],
  },
  reopenClaim: {
    method: "post", path: "/api/v1/claims/{id}/reopen", tag: "Claims", summary: "Unlock an approved claim, saying why (editors and admins)",
    body: strict(reasonSchema), responses: ok(stateChange), errors: [...CHANGE_ERRORS],
  },
  splitClaim: {
    method: "post", path: "/api/v1/claims/{id}/split", tag: "Claims", summary: "Cut a claim in two at an offset of the article text",
    description: "The second part becomes a new claim; sources and verdicts stay with the first.",
    body: strict(splitSchema), responses: ok(z.object({ ids: z.tuple([z.string(), z.string()]) }), "The first claim and the new one"), errors: [...CHANGE_ERRORS],
  },
  mergeClaim: {
    method: "post", path: "/api/v1/claims/{id}/merge", tag: "Claims", summary: "Join another claim of the same article into this one",
    description: "The claim that starts first is kept; the other's figures and sources move over and it is removed.",
    body: strict(mergeSchema), responses: ok(z.object({ id: z.string(), removedId: z.string() }), "The claim kept and the one removed"), errors: [...CHANGE_ERRORS],
  },
  scheduleClaim: {
    method: "post", path: "/api/v1/claims/{id}/schedule", tag: "Claims", summary: "Set a claim's priority or due date",
    body: strict(scheduleSchema), responses: ok(z.object({ id: z.string(), version: z.number().int() })), errors: [...CHANGE_ERRORS],
  },
  addSource: {
    method: "post", path: "/api/v1/claims/{id}/sources", tag: "Claims", summary: "Add a source to a claim",
    body: strict(sourceCreateSchema), responses: created(source, "The source"), errors: [...CHANGE_ERRORS],
  },
  proposeVerdict: {
    method: "post", path: "/api/v1/claims/{id}/verdicts", tag: "Verdicts", summary: "Propose a verdict (a rating and its rationale) for an editor to decide",
    body: strict(verdictProposeSchema), responses: created(z.object({ id: z.string(), state: z.string() }), "The proposed verdict"), errors: [...CHANGE_ERRORS],
  },
  approveVerdict: {
    method: "post", path: "/api/v1/verdicts/{id}/approve", tag: "Verdicts", summary: "Approve a proposed verdict; the claim is published in the ClaimReview export",
    body: strict(versionOnlySchema), bodyOptional: true, responses: ok(verdictDecision), errors: [...CHANGE_ERRORS],
  },
  returnVerdict: {
    method: "post", path: "/api/v1/verdicts/{id}/return", tag: "Verdicts", summary: "Return a proposed verdict to its fact-checker with a note",
    body: strict(verdictReturnSchema), responses: ok(verdictDecision), errors: [...CHANGE_ERRORS],
  },
  claimHistory: {
    method: "get", path: "/api/v1/claims/{id}/history", tag: "Claims", summary: "Who changed what on a claim, oldest first",
    responses: ok(z.object({ claimId: z.string(), entries: z.array(anyJson) }), "The history"), errors: ["not_found"],
  },
  relatedClaims: {
    method: "get", path: "/api/v1/claims/{id}/related", tag: "Claims", summary: "Claims that look like this one, with their similarity",
    responses: ok(z.object({ claimId: z.string(), thresholds: z.object({ related: z.number(), same: z.number() }), related: z.array(anyJson) }), "Related claims"),
    errors: ["not_found"],
  },
  linkClaim: {
    method: "post", path: "/api/v1/claims/{id}/links", tag: "Claims", summary: "Link a claim to another one, or mark it not related",
    description: "A same-claim link reuses the other claim's approved check as a proposal unless `reuse` is false.",
    body: strict(linkRequestSchema), responses: created(z.looseObject({ linkId: z.string() }), "The link"), errors: [...CHANGE_ERRORS],
  },
  listComments: {
    method: "get", path: "/api/v1/claims/{id}/comments", tag: "Comments", summary: "A claim's comments, oldest first",
    responses: ok(z.object({ items: z.array(comment) }), "The comments"), errors: ["not_found"],
  },
  createComment: {
    method: "post", path: "/api/v1/claims/{id}/comments", tag: "Comments", summary: "Comment on a claim (Markdown, @mentions notify)",
    body: strict(commentCreateSchema), responses: created(comment, "The comment"), errors: ["forbidden", "not_found", "invalid"],
  },
  updateComment: {
    method: "patch", path: "/api/v1/comments/{id}", tag: "Comments", summary: "Edit your comment",
    body: strict(commentUpdateSchema), responses: ok(comment, "The comment"), errors: ["forbidden", "not_found", "invalid"],
  },
  deleteComment: {
    method: "delete", path: "/api/v1/comments/{id}", tag: "Comments", summary: "Delete a comment (yours, or any as a moderator)",
    responses: ok(z.object({ id: z.string() }), "Deleted"), errors: ["forbidden", "not_found"],
  },
  whoIsOnClaim: {
    method: "get", path: "/api/v1/claims/{id}/presence", tag: "Presence", summary: "Who else has the claim open",
    responses: ok(z.object({ others: z.array(anyJson) }), "The others"), errors: ["not_found"],
  },
  touchPresence: {
    method: "post", path: "/api/v1/claims/{id}/presence", tag: "Presence", summary: "Say you have the claim open (and whether you are editing it)",
    body: strict(presenceSchema), bodyOptional: true, responses: ok(z.object({ others: z.array(anyJson) }), "The others"), errors: ["not_found", "invalid"],
  },
  leaveClaim: {
    method: "delete", path: "/api/v1/claims/{id}/presence", tag: "Presence", summary: "Say you closed the claim",
    responses: { 204: { description: "Left" } }, errors: ["not_found"],
  },
  bulkChangeClaims: {
    method: "post", path: "/api/v1/claims/bulk", tag: "Claims", summary: "Assign, retype or dismiss up to 1,000 claims at once",
    body: strict(bulkSchema),
    responses: ok(z.object({ done: z.array(z.object({ id: z.string(), version: z.number().int() })), skipped: z.array(z.object({ id: z.string(), reason: z.string(), code: z.string() })) }), "What was done and what was skipped, with why"),
    errors: ["forbidden", "invalid", "too_large"],
  },
});
