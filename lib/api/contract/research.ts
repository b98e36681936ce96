import { z } from "zod";
import { claimExportFiltersSchema, claimReviewFiltersSchema } from "@/lib/export/filters";
import { figureGroupListQuerySchema, figureTimelineQuerySchema } from "@/lib/search/schema";
import { searchInputSchema } from "@/lib/search/query";
import { refusingUnknownFields as strict } from "../strict";
import { operations } from "./operation";
import { anyJson } from "./shapes";

/** One ClaimReview (schema.org) as search engines read it. */
const claimReview = z
  .looseObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string(),
    claimReviewed: z.string(),
    datePublished: z.string(),
    author: z.looseObject({ name: z.string() }),
    reviewRating: z.looseObject({ "@type": z.literal("Rating") }),
    itemReviewed: z.looseObject({ "@type": z.literal("Claim"), text: z.string() }),
  })
  .meta({ id: "ClaimReview" });

export const researchOperations = operations({
  search: {
    method: "get", path: "/api/v1/search", tag: "Search", summary: "Full-text search of claims and articles, with filters (also as `key:value` words in `q`)",
    query: strict(searchInputSchema),
    responses: { 200: { description: "Matching claims and articles", schema: z.looseObject({ text: z.string(), claims: z.array(anyJson), articles: z.array(anyJson), nextCursor: z.string().nullable() }) } },
    errors: ["invalid"],
  },
  listFigureGroups: {
    method: "get", path: "/api/v1/figures/groups", tag: "Figures", summary: "Groups of figures that measure the same thing, with their latest value",
    query: strict(figureGroupListQuerySchema),
    responses: { 200: { description: "The groups", schema: z.object({ regroupedAt: z.string().nullable(), groups: z.array(anyJson) }) } }, errors: ["invalid"],
  },
  getFigureGroup: {
    method: "get", path: "/api/v1/figures/groups/{id}", tag: "Figures", summary: "A figure group's values over time",
    query: strict(figureTimelineQuerySchema),
    responses: { 200: { description: "The group and its points", schema: z.object({ group: anyJson, points: z.array(anyJson) }) } }, errors: ["not_found", "invalid"],
  },
  exportClaimReview: {
    method: "get", path: "/api/v1/exports/claimreview", tag: "Exports", summary: "Every published claim as a schema.org ClaimReview (JSON-LD array)",
    query: strict(claimReviewFiltersSchema),
    responses: { 200: { description: "The reviews", contentType: "application/ld+json", schema: z.array(claimReview) } }, errors: ["forbidden", "invalid"],
  },
  exportClaimsCsv: {
    method: "get", path: "/api/v1/exports/claims.csv", tag: "Exports", summary: "Claims with their state and verdict as CSV",
    query: strict(claimExportFiltersSchema), responses: { 200: { description: "The CSV file", contentType: "text/csv" } }, errors: ["forbidden", "invalid"],
  },
  exportClaimsJson: {
    method: "get", path: "/api/v1/exports/claims.json", tag: "Exports", summary: "Claims with their state and verdict as a JSON array",
    query: strict(claimExportFiltersSchema), responses: { 200: { description: "The claims", schema: z.array(anyJson) } }, errors: ["forbidden", "invalid"],
  },
});
