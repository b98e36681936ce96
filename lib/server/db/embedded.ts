import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedUrl } from "./embedded-url";
import { keepQueryCyclesWhole } from "./whole-query-cycles";

// One process owns the PGlite folder; it records its port here so other
// processes (the users CLI, a second terminal) connect instead of opening it again.
const OWNER_FILE = "embedded-postgres.json";

export interface EmbeddedOwner {
  pid: number;
  port: number;
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function runningEmbeddedOwner(dataDir: string): EmbeddedOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, OWNER_FILE), "utf8")) as EmbeddedOwner;
    return Number.isInteger(owner.pid) && Number.isInteger(owner.port) && isAlive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: path.join(dataDir, "pglite"), extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  keepQueryCyclesWhole(server);
  await server.start();
  const boundPort = Number(server.getServerConn().split(":").pop());
  const ownerFile = path.join(dataDir, OWNER_FILE);
  fs.writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port: boundPort } satisfies EmbeddedOwner));
  let stopped = false;
  return {
    url: embeddedUrl(boundPort),
    async stop() {
      if (stopped) return;
      stopped = true;
      fs.rmSync(ownerFile, { force: true });
      await server.stop();
      await db.close();
    },
  };
}
