import { z } from "zod";
import { CLAIM_TYPES } from "@/lib/extract";
import { ROLES } from "@/lib/auth/roles";
import { CLAIM_STATES } from "@/lib/review/workflow";
import { ERROR_STATUS, type ErrorCode } from "@/lib/server/http/errors";

/** Response shapes shared by several operations. Large views declare the fields integrators rely on and allow more. */

export const dateTime = z.iso.datetime({ offset: true });
export const claimState = z.enum(CLAIM_STATES);
export const claimType = z.enum(CLAIM_TYPES);

/** Every `code` an error can carry: the expected failures, and `internal` for the unexpected (500). */
export const ERROR_CODES = [...(Object.keys(ERROR_STATUS) as ErrorCode[]), "internal"] as const;

export const errorBody = z
  .object({
    error: z.looseObject({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ id: "Error", description: "Every failure: `code` from the documented list, a message for people, and per field what is wrong (400)." });

export const page = <Item extends z.ZodType>(item: Item) => z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });

export const figure = z.looseObject({ text: z.string(), value: z.number().nullable(), unit: z.string().nullable(), qualifier: z.string().nullable() });

export const apiClaim = z
  .object({
    id: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    statement: z.string(),
    type: claimType,
    state: claimState,
    figures: z.array(figure),
    speaker: z.string().nullable(),
    assigneeId: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Claim" });

export const claimDetail = z
  .looseObject({
    id: z.string(),
    articleId: z.string(),
    quote: z.string(),
    statement: z.string(),
    type: claimType,
    status: claimState,
    version: z.number().int(),
    assigneeId: z.string().nullable(),
    sources: z.array(z.looseObject({ id: z.string(), url: z.string(), stance: z.string() })),
    verdicts: z.array(z.looseObject({ id: z.string(), state: z.string(), ratingKey: z.string() })),
    pendingVerdict: z.looseObject({ id: z.string() }).nullable(),
  })
  .meta({ id: "ClaimDetail" });

export const claimListItem = z
  .object({
    id: z.string(),
    statement: z.string(),
    type: claimType,
    status: claimState,
    version: z.number().int(),
    createdAt: dateTime,
    updatedAt: dateTime,
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    articleId: z.string(),
    articleTitle: z.string(),
    outlet: z.string().nullable(),
    publishedAt: dateTime.nullable(),
    returnNote: z.string().nullable().meta({ description: "The editor's note when the claim's verdict was returned" }),
    priority: z.enum(["normal", "high", "urgent"]),
    dueAt: dateTime.nullable(),
  })
  .meta({ id: "ClaimListItem" });

export const article = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: dateTime.nullable(),
    text: z.string(),
    claims: z.array(apiClaim),
  })
  .meta({ id: "Article" });

export const articleListItem = z.looseObject({ id: z.string(), title: z.string() }).meta({ id: "ArticleListItem" });

export const importedArticle = z.object({
  id: z.string(),
  title: z.string(),
  claims: z.array(
    z.object({
      id: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      quote: z.string(),
      statement: z.string(),
      type: claimType,
      score: z.number(),
      speaker: z.string().nullable(),
      status: claimState,
      figures: z.array(figure),
    }),
  ),
});

export const user = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES), disabledAt: dateTime.nullable(), createdAt: dateTime })
  .meta({ id: "User" });

export const rating = z.object({ key: z.string(), label: z.string(), value: z.number().int(), position: z.number().int(), active: z.boolean() }).meta({ id: "Rating" });

export const importJob = z
  .looseObject({
    id: z.string(),
    status: z.enum(["queued", "running", "done", "failed"]),
    sourceName: z.string(),
    total: z.number().int(),
    processed: z.number().int(),
    imported: z.number().int(),
    duplicates: z.number().int(),
    failed: z.number().int(),
    error: z.string().nullable(),
    createdAt: dateTime,
  })
  .meta({ id: "ImportJob" });

export const stateChange = z.object({ id: z.string(), state: claimState, version: z.number().int() });
export const assignment = stateChange.extend({ assigneeId: z.string() });
export const verdictDecision = z.object({ id: z.string(), state: z.string(), claimId: z.string(), version: z.number().int() });

export const anyJson = z.looseObject({});
