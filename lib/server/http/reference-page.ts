import fs from "node:fs/promises";
import path from "node:path";

/** The reference page: Swagger UI, served from the installed package (no CDN), reading /api/v1/openapi.json. */
export const REFERENCE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ClaimDesk API reference</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script>
</body>
</html>`;

// A file of its own rather than an inline script, so the page works under a script-src policy too.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: false });`;

const PACKAGE_FILES: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

/** One asset of the page by name, or null for a name that is not one of them. */
export async function referenceAsset(name: string): Promise<{ body: string; contentType: string } | null> {
  if (name === "init.js") return { body: INIT_SCRIPT, contentType: "text/javascript; charset=utf-8" };
  const contentType = PACKAGE_FILES[name];
  if (!contentType) return null;
  const body = await fs.readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", name), "utf8");
  return { body, contentType };
}
