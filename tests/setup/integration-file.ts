import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb, useDatabase } from "@/lib/server/db/client";
import { truncateAll } from "./test-database";

beforeAll(async () => {
  const url = inject("databaseUrl");
  await truncateAll(url);
  useDatabase(url);
});

afterAll(async () => {
  await disconnectDb();
});
