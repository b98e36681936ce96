import path from "node:path";
import { z } from "zod";

// The one place that reads process.env; everything else takes its settings from here.
const envSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // The tables' owner, for migrations, when the app itself connects as a least-privilege role.
  MIGRATION_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default("data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  DEMO_PASSWORD: z.string().min(8).optional(),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  IMPORT_MAX_ARTICLE_BYTES: z.coerce.number().int().min(1024).default(2 * 1024 * 1024),
  IMPORT_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(100 * 1024 * 1024),
  TRUSTED_PROXIES: z.string().optional(),
  HOSTNAME: z.string().min(1).optional(),
  IMPORT_MAX_CLAIMS_PER_ARTICLE: z.coerce.number().int().min(1).default(5_000),
  API_MAX_JSON_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  // Requests per API token per minute (GET and HEAD are reads, other methods writes); browser sessions are not limited.
  API_RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  API_RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  // Uploads wait here for a worker; with several machines it must be a folder they all mount.
  UPLOAD_DIR: z.string().min(1).optional(),
  START_WORKERS: z.enum(["0", "1"]).default("1"),
  // A worker killed mid-job leaves it active; after this lease another worker takes it over.
  JOBS_LEASE_SECONDS: z.coerce.number().int().min(3).default(120),
  JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).default(30),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).default(1),
  // The first retry waits about this long, each further one twice as long (with jitter).
  JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(5),
  // Webhook receivers must answer within this; a slower one counts as a failed attempt.
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(60).default(10),
  // Waits before each retry of a failed delivery, comma-separated seconds (one attempt more than listed).
  WEBHOOK_RETRY_SECONDS: z
    .string()
    .regex(/^\d+(,\d+)*$/, "comma-separated whole seconds")
    .transform((text) => text.split(",").map(Number))
    .default([60, 300, 1800, 7200, 21600]),
  // Finished webhook deliveries (delivered or failed) and sign-in attempts are deleted once this old.
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  LOGIN_ATTEMPT_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  // Webhooks may go to plain http only in development and tests; anywhere else https is required.
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export function dataDir(env: Env = readEnv()): string {
  return path.resolve(env.DATA_DIR);
}

export function uploadRoot(env: Env = readEnv()): string {
  // A runtime folder, not a source path: keep Turbopack from tracing the project through it.
  return path.resolve(/*turbopackIgnore: true*/ env.UPLOAD_DIR ?? path.join(dataDir(env), "uploads"));
}
