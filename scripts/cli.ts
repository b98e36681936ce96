import { DatabaseUnreachableError } from "@/lib/server/db/migrate";
import { EnvError } from "@/lib/env";
import { AppError } from "@/lib/server/http/errors";

export class UsageError extends Error {}

/** Runs a command-line entry point: usage errors exit 2, expected failures print one line and exit 1. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const isUsage = error instanceof UsageError || (error instanceof AppError && error.code === "invalid");
    if (!isUsage && !(error instanceof DatabaseUnreachableError || error instanceof EnvError || error instanceof AppError)) throw error;
    const fields = error instanceof AppError && error.details?.fields ? ` ${JSON.stringify(error.details.fields)}` : "";
    console.error(`error: ${error.message}${fields}`);
    process.exit(isUsage ? 2 : 1);
  }
}
