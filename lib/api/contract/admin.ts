import { z } from "zod";
import { organisationSchema } from "@/lib/export/organisation";
import { ratingScaleSchema } from "@/lib/review/schema";
import { createUserSchema, userChangeSchema, userListSchema } from "@/lib/users/schema";
import { organisationSettingsChangeSchema } from "@/lib/settings/schema";
import { refusingUnknownFields as strict } from "../strict";
import { operations } from "./operation";
import { page, rating, user } from "./shapes";

const ADMIN_ERRORS = ["forbidden", "invalid"] as const;
const scale = z.object({ items: z.array(rating) });
const organisationSettings = z.object({ organisation: organisationSchema.nullable(), extractionThreshold: z.number() });

/** Everything under /api/v1/admin/ needs an admin, and a token with the `admin` scope. */
export const adminOperations = operations({
  getRatings: {
    method: "get", path: "/api/v1/admin/ratings", tag: "Admin", summary: "The rating scale in display order, retired ratings included",
    responses: { 200: { description: "The scale", schema: scale } }, errors: ["forbidden"],
  },
  replaceRatings: {
    method: "put", path: "/api/v1/admin/ratings", tag: "Admin", summary: "Replace the rating scale",
    description: "Ratings are created or updated by key, in the order sent; a rating left out is retired (old verdicts keep it), never deleted.",
    body: strict(ratingScaleSchema), responses: { 200: { description: "The scale as saved", schema: scale } }, errors: [...ADMIN_ERRORS],
  },
  getOrganisation: {
    method: "get", path: "/api/v1/admin/organisation", tag: "Admin", summary: "The organisation named as author of published reviews, and the extraction threshold",
    responses: { 200: { description: "The settings", schema: organisationSettings } }, errors: ["forbidden"],
  },
  changeOrganisation: {
    method: "patch", path: "/api/v1/admin/organisation", tag: "Admin", summary: "Change the publishing organisation, the extraction threshold, or both",
    description: "`extractionThreshold` is the detector probability a sentence needs to be proposed as a claim when articles are imported or re-extracted.",
    body: strict(organisationSettingsChangeSchema), responses: { 200: { description: "The settings as saved", schema: organisationSettings } }, errors: [...ADMIN_ERRORS],
  },
  listUsers: {
    method: "get", path: "/api/v1/admin/users", tag: "Admin", summary: "Users by name, a page at a time",
    query: strict(userListSchema), responses: { 200: { description: "A page of users", schema: page(user) } }, errors: [...ADMIN_ERRORS],
  },
  createUser: {
    method: "post", path: "/api/v1/admin/users", tag: "Admin", summary: "Create a user with a role and a first password",
    body: strict(createUserSchema), responses: { 201: { description: "The user", schema: user } }, errors: [...ADMIN_ERRORS, "conflict"],
  },
  changeUser: {
    method: "patch", path: "/api/v1/admin/users/{id}", tag: "Admin", summary: "Change a user's role, or disable or enable the account",
    description: "Disabling ends the user's sessions and revokes their tokens for good. Nobody demotes or disables themselves.",
    body: strict(userChangeSchema), responses: { 200: { description: "The user", schema: user } }, errors: [...ADMIN_ERRORS, "not_found"],
  },
});
