import { z } from "zod";
import { TOKEN_SCOPES } from "@/lib/auth/token-scopes";

// Shared by the settings form, the API (/api/v1/me/tokens) and the CLI; named so an OpenAPI contract can reference them.

export const tokenScopeSchema = z.enum(TOKEN_SCOPES, { error: `Scopes are ${TOKEN_SCOPES.join(", ")}` });

export const tokenNameSchema = z.string().trim().min(1, "Name is required").max(80, "Names are at most 80 characters");

/** When the token stops working: "never", days from now ("90d"), a date (2027-01-31, from 00:00 UTC) or an ISO date-time. */
export const tokenExpirySchema = z.string().trim().min(1).max(40);

export const createApiTokenBodySchema = z.strictObject({
  name: tokenNameSchema,
  scopes: z.array(tokenScopeSchema).min(1, "Choose at least one scope").max(TOKEN_SCOPES.length),
  expires: tokenExpirySchema.default("never"),
});
export type CreateApiTokenBody = z.input<typeof createApiTokenBodySchema>;

export const apiTokenIdParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });

/** A token as its owner sees it: never the secret, which is shown once when created. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(tokenScopeSchema),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string().describe("The secret: shown in this answer only, stored as a hash") });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
