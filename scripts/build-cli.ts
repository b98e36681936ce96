/**
 * Compiles the command-line tools ahead into dist/cli/*.mjs, so starting one loads plain JavaScript
 * instead of compiling TypeScript on every run. Run by `npm run build` and after `npm install`.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
export const CLI_DIR = path.join(root, "dist", "cli");
// The tools, the server behind `npm start`, and the extraction worker thread it starts.
export const CLI_ENTRIES = ["users", "import", "claims", "figures", "migrate", "reextract", "start", "serve", "worker", "extract-worker"] as const;

export async function buildCli(): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(CLI_ENTRIES.map((name) => [name, path.join("scripts", `${name}.ts`)])),
    outdir: CLI_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // Packages load from node_modules as they are: native ones (@node-rs/argon2), PGlite's WebAssembly
    // and Prisma's runtime find their files relative to themselves. The project's own code, the
    // Prisma client generated into lib/generated included, is bundled, its `@/` imports resolved by tsconfig.json.
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
