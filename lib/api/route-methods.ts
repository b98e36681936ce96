/**
 * The methods of each path of /api/v1, for the proxy to refuse others in the API's error shape
 * without loading the contracts' schemas (they pull in the extraction engine). The contract test
 * fails when this table and lib/api/contract differ.
 */
export const API_ROUTE_METHODS: Record<string, readonly string[]> = {
  "/api/v1/admin/organisation": ["GET", "PATCH"],
  "/api/v1/admin/ratings": ["GET", "PUT"],
  "/api/v1/admin/users": ["GET", "POST"],
  "/api/v1/admin/users/{id}": ["PATCH"],
  "/api/v1/admin/webhooks": ["GET", "POST"],
  "/api/v1/admin/webhooks/{id}": ["PATCH", "DELETE"],
  "/api/v1/admin/webhooks/{id}/deliveries": ["GET"],
  "/api/v1/admin/webhooks/{id}/test": ["POST"],
  "/api/v1/admin/webhooks/deliveries/{id}/replay": ["POST"],
  "/api/v1/articles": ["GET", "POST"],
  "/api/v1/articles/{id}": ["GET"],
  "/api/v1/articles/{id}/archive": ["POST"],
  "/api/v1/articles/{id}/reextract": ["POST"],
  "/api/v1/articles/{id}/schedule": ["POST"],
  "/api/v1/claims": ["GET", "POST"],
  "/api/v1/claims/{id}": ["GET", "PATCH"],
  "/api/v1/claims/{id}/assign": ["POST"],
  "/api/v1/claims/{id}/comments": ["GET", "POST"],
  "/api/v1/claims/{id}/dismiss": ["POST"],
  "/api/v1/claims/{id}/history": ["GET"],
  "/api/v1/claims/{id}/links": ["POST"],
  "/api/v1/claims/{id}/merge": ["POST"],
  "/api/v1/claims/{id}/presence": ["GET", "POST", "DELETE"],
  "/api/v1/claims/{id}/related": ["GET"],
  "/api/v1/claims/{id}/reopen": ["POST"],
  "/api/v1/claims/{id}/restore": ["POST"],
  "/api/v1/claims/{id}/schedule": ["POST"],
  "/api/v1/claims/{id}/sources": ["POST"],
  "/api/v1/claims/{id}/split": ["POST"],
  "/api/v1/claims/{id}/take": ["POST"],
  "/api/v1/claims/{id}/verdicts": ["POST"],
  "/api/v1/claims/bulk": ["POST"],
  "/api/v1/comments/{id}": ["PATCH", "DELETE"],
  "/api/v1/events": ["GET"],
  "/api/v1/exports/claimreview": ["GET"],
  "/api/v1/exports/claims.csv": ["GET"],
  "/api/v1/exports/claims.json": ["GET"],
  "/api/v1/figures/groups": ["GET"],
  "/api/v1/figures/groups/{id}": ["GET"],
  "/api/v1/imports": ["GET", "POST"],
  "/api/v1/imports/{id}": ["GET"],
  "/api/v1/imports/{id}/cancel": ["POST"],
  "/api/v1/imports/preview": ["POST"],
  "/api/v1/me": ["GET"],
  "/api/v1/me/notifications": ["GET"],
  "/api/v1/me/notifications/read": ["POST"],
  "/api/v1/me/tokens": ["GET", "POST"],
  "/api/v1/me/tokens/{id}": ["DELETE"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/search": ["GET"],
  "/api/v1/verdicts/{id}/approve": ["POST"],
  "/api/v1/verdicts/{id}/return": ["POST"],
};

const ROUTES = Object.entries(API_ROUTE_METHODS).map(([path, methods]) => ({
  pattern: new RegExp(`^${path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}/?$`),
  // A route with fewer parameters wins, as Next.js prefers `/claims/bulk` to `/claims/{id}`.
  params: (path.match(/\{/g) ?? []).length,
  methods,
}));

/** The methods the API takes on a path, or null for a path it does not describe. */
export function allowedMethods(pathname: string): readonly string[] | null {
  const route = ROUTES.filter((candidate) => candidate.pattern.test(pathname)).sort((a, b) => a.params - b.params)[0];
  return route ? route.methods : null;
}
