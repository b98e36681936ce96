import type { TestProject } from "vitest/node";
import { startTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase("integration");
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return () => database.stop();
}
