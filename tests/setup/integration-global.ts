import type { TestProject } from "vitest/node";
import { buildCli } from "@/scripts/build-cli";
import { INTEGRATION_WORKERS } from "./integration-workers";
import { startTestDatabases } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** One database per worker: a file reads its own with `workerDatabaseUrl()` from tests/integration/helpers.ts. */
    databaseUrls: string[];
    databaseKind: "server" | "embedded";
  }
}

export default async function setup(project: TestProject) {
  // The command-line tests run the tools as `npm run` does: compiled, from the code under test.
  const [databases] = await Promise.all([startTestDatabases("integration", INTEGRATION_WORKERS), buildCli()]);
  project.provide("databaseUrls", databases.map((database) => database.url));
  project.provide("databaseKind", databases[0]!.kind);
  return async () => {
    await Promise.all(databases.map((database) => database.stop()));
  };
}
