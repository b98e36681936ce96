import { z } from "zod";
import { archiveSchema, articleListSchema } from "@/lib/articles/list";
import { articleInputSchema } from "@/lib/articles/schema";
import { scheduleArticleBodySchema } from "@/lib/review/schedule";
import { urlSchema } from "@/lib/import/url-schema";
import { refusingUnknownFields as strict } from "../strict";
import { operations } from "./operation";
import { article, articleListItem, dateTime, importedArticle, page } from "./shapes";

/**
 * The two bodies of an import: the article's text with its fields, or a page to fetch with the
 * fields the caller knows better than the page. A body with `text` is the first.
 */
export const importBodies = {
  text: strict(articleInputSchema),
  url: strict(urlSchema.extend(articleInputSchema.omit({ text: true, url: true }).shape)),
};

export const articleOperations = operations({
  listArticles: {
    method: "get", path: "/api/v1/articles", tag: "Articles", summary: "List articles, newest first, a page at a time",
    query: articleListSchema, responses: { 200: { description: "A page of articles", schema: page(articleListItem) } }, errors: ["invalid"],
  },
  importArticle: {
    method: "post", path: "/api/v1/articles", tag: "Articles", summary: "Import an article (its text, or a URL to fetch) and extract its claims",
    description: "Send `text` with the article's fields, or only `url` (with optional fields that win over the page's) to fetch the page. An article already imported answers 409 with its `id`.",
    body: z.union([importBodies.text, importBodies.url]),
    responses: {
      201: { description: "The article and the claims found in it", schema: importedArticle },
      409: { description: "Already imported: `id` is the existing article", schema: z.object({ id: z.string(), error: z.looseObject({ code: z.literal("conflict"), message: z.string() }) }) },
    },
    errors: ["forbidden", "invalid", "too_large"],
  },
  getArticle: {
    method: "get", path: "/api/v1/articles/{id}", tag: "Articles", summary: "An article with its text and every claim anchored in it",
    responses: { 200: { description: "The article", schema: article } }, errors: ["not_found"],
  },
  archiveArticle: {
    method: "post", path: "/api/v1/articles/{id}/archive", tag: "Articles", summary: "Archive an article, or bring it back with `{\"archived\": false}` (admins)",
    body: strict(archiveSchema), bodyOptional: true,
    responses: { 200: { description: "The article's archive date (null when not archived)", schema: z.object({ id: z.string(), archivedAt: dateTime.nullable() }) } },
    errors: ["forbidden", "not_found", "invalid"],
  },
  reextractArticle: {
    method: "post", path: "/api/v1/articles/{id}/reextract", tag: "Articles", summary: "Run claim extraction again, keeping every claim a person has touched (admins)",
    responses: { 200: { description: "How many claims were kept, replaced and added", schema: z.object({ kept: z.number().int(), replaced: z.number().int(), added: z.number().int() }) } },
    errors: ["forbidden", "not_found"],
  },
  scheduleArticle: {
    method: "post", path: "/api/v1/articles/{id}/schedule", tag: "Articles", summary: "Set the priority or due date of every open claim of an article",
    body: strict(scheduleArticleBodySchema),
    responses: { 200: { description: "How many claims were scheduled", schema: z.object({ scheduled: z.number().int() }) } },
    errors: ["forbidden", "not_found", "invalid"],
  },
});
