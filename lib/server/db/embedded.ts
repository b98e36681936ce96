import { randomBytes } from "node:crypto";
import fs from "node:fs";
import type { Socket } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { authenticate } from "./embedded-auth";
import { embeddedUrl } from "./embedded-url";
import { keepQueryCyclesWhole } from "./whole-query-cycles";

// One process owns the PGlite folder; it records its port here so other
// processes (the users CLI, a second terminal) connect instead of opening it again.
const OWNER_FILE = "embedded-postgres.json";
// PGlite accepts anyone; the server asks for this password, generated once and readable by the owner only.
const PASSWORD_FILE = "embedded-postgres-password";

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

/** The embedded server's password, made on first use in DATA_DIR (mode 0600). */
export function embeddedPassword(dataDir: string): string {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(24).toString("hex");
  try {
    fs.writeFileSync(file, password, { mode: 0o600, flag: "wx" });
    return password;
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
}

/** pglite-socket's server with PostgreSQL's password exchange in front of every connection. */
class PasswordSocketServer extends PGLiteSocketServer {
  constructor(
    options: ConstructorParameters<typeof PGLiteSocketServer>[0],
    private readonly password: string,
  ) {
    super(options);
    const handleConnection = (this as unknown as { handleConnection(socket: Socket): Promise<void> }).handleConnection.bind(this);
    (this as unknown as { handleConnection(socket: Socket): Promise<void> }).handleConnection = async (socket: Socket) => {
      if (!(await authenticate(socket, this.password))) return;
      // PGlite's handler starts reading as it attaches; the socket was paused with the startup message put back.
      const attached = handleConnection(socket);
      socket.resume();
      await attached;
    };
  }
}

export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  const password = embeddedPassword(dataDir);
  const db = await PGlite.create({ dataDir: path.join(dataDir, "pglite"), extensions: { pg_trgm } });
  const server = new PasswordSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 }, password);
  keepQueryCyclesWhole(server);
  await server.start();
  const boundPort = Number(server.getServerConn().split(":").pop());
  const ownerFile = path.join(dataDir, OWNER_FILE);
  fs.writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port: boundPort } satisfies EmbeddedOwner));
  let stopped = false;
  return {
    url: embeddedUrl(boundPort, password),
    async stop() {
      if (stopped) return;
      stopped = true;
      fs.rmSync(ownerFile, { force: true });
      await server.stop();
      await db.close();
    },
  };
}
