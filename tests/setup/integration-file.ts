import { afterAll, beforeAll } from "vitest";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { workerDatabaseUrl } from "@/tests/integration/helpers";
import { truncateAll } from "./test-database";

// Each file empties the database of the worker it runs in; no other file uses it meanwhile.
beforeAll(async () => {
  const url = workerDatabaseUrl();
  await truncateAll(url);
  useDatabase(url);
});

afterAll(async () => {
  await disconnectDb();
});
