import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Role } from "@/lib/auth/roles";
import { textFileToArticle } from "@/lib/import/text";
import { SYSTEM_ACTOR } from "../auth/actors";
import { importArticle } from "./articles";
import { createUser, findUserByEmail } from "../users/users";

const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@claimdesk.local", name: "Ada Admin", role: "admin" },
  { email: "editor@claimdesk.local", name: "Eddie Editor", role: "editor" },
  { email: "checker@claimdesk.local", name: "Fran Checker", role: "fact_checker" },
  { email: "viewer@claimdesk.local", name: "Vic Viewer", role: "viewer" },
];

export const DEMO_ARTICLES_DIR = path.resolve("prisma", "demo");

export interface DemoReport {
  createdUsers: { email: string; role: Role; password: string }[];
  importedArticles: number;
}

/** Demo users and the seed articles; what exists already is left alone, so it is safe to run on every start. */
export async function seedDemo(fixedPassword?: string): Promise<DemoReport> {
  const createdUsers: DemoReport["createdUsers"] = [];
  for (const demoUser of DEMO_USERS) {
    if (await findUserByEmail(demoUser.email)) continue;
    const password = fixedPassword ?? randomBytes(9).toString("base64url");
    await createUser({ ...demoUser, password }, SYSTEM_ACTOR);
    createdUsers.push({ email: demoUser.email, role: demoUser.role, password });
  }
  let importedArticles = 0;
  for (const file of fs.readdirSync(DEMO_ARTICLES_DIR).filter((name) => name.endsWith(".txt")).sort()) {
    const text = fs.readFileSync(path.join(DEMO_ARTICLES_DIR, file), "utf8");
    const result = await importArticle(textFileToArticle(text, "txt"), SYSTEM_ACTOR);
    if (result.status === "created") importedArticles++;
  }
  return { createdUsers, importedArticles };
}
