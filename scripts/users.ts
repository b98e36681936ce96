import { parseArgs } from "node:util";
import { ROLES } from "@/lib/auth/roles";
import { parseTokenExpiry } from "@/lib/auth/token-expiry";
import { TOKEN_SCOPES } from "@/lib/auth/token-scopes";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { openDatabase } from "@/lib/server/db/open";
import { AppError } from "@/lib/server/http/errors";
import { changeRole, createUser, findUserByEmail, listUserPage, setDisabled } from "@/lib/server/users/users";
import { roleSchema } from "@/lib/users/schema";
import { runCli, UsageError } from "./cli";

const USAGE = `usage: npm run users -- <command> [options]
  create  --email E --name N --role R --password P   roles: ${ROLES.join(", ")}
  token   --email E [--name LABEL] [--scope S,S] [--expires WHEN]
          prints a new API token once; scopes: ${TOKEN_SCOPES.join(", ")} (write includes read,
          admin only for admins; default: everything the user's role allows);
          WHEN: never (default), days such as 90d, or a date such as 2027-01-31 (from 00:00 UTC)
  list
  role    --email E --role R
  disable --email E
  enable  --email E`;

const COMMANDS = ["create", "token", "list", "role", "disable", "enable"] as const;
type Command = (typeof COMMANDS)[number];

function parseCommandLine(argv: string[]) {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        password: { type: "string" },
        scope: { type: "string" },
        expires: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    return { positionals, values };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new UsageError(`--${name} is required\n${USAGE}`);
  return value;
}

function validRole(value: string): string {
  if (!roleSchema.safeParse(value).success) throw new UsageError(`unknown role "${value}": use one of ${ROLES.join(", ")}`);
  return value;
}

function validScopes(value: string): string[] {
  const scopes = value.split(",").map((scope) => scope.trim()).filter(Boolean);
  const unknown = scopes.filter((scope) => !(TOKEN_SCOPES as readonly string[]).includes(scope));
  if (scopes.length === 0 || unknown.length > 0) throw new UsageError(`unknown scope "${unknown.join(",") || value}": use a comma-separated list of ${TOKEN_SCOPES.join(", ")}`);
  return scopes;
}

function validExpiry(value: string): void {
  const expiry = parseTokenExpiry(value, new Date());
  if (!expiry.ok) throw new UsageError(`--expires: ${expiry.message}`);
}

await runCli(async () => {
  const { positionals, values } = parseCommandLine(process.argv.slice(2));
  const command = positionals[0] as Command | undefined;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!command || !COMMANDS.includes(command) || positionals.length > 1) throw new UsageError(USAGE);
  // Argument errors are reported before the database is opened.
  const role = command === "create" || command === "role" ? validRole(required(values, "role")) : undefined;
  if (command !== "list") required(values, "email");
  if (command === "create") {
    required(values, "name");
    required(values, "password");
  }
  const scopes = values.scope === undefined ? undefined : validScopes(values.scope);
  if (values.expires !== undefined) validExpiry(values.expires);

  const database = await openDatabase();
  try {
    if (command === "create") {
      const user = await createUser({ email: values.email, name: values.name, role, password: values.password }, SYSTEM_ACTOR);
      console.log(`created ${user.email} (${user.role}) id ${user.id}`);
      return;
    }
    if (command === "list") {
      let cursor: string | undefined;
      do {
        const page = await listUserPage({ cursor, limit: 200 }, SYSTEM_ACTOR);
        for (const user of page.items) console.log([user.email, user.role, user.disabledAt ? "disabled" : "active", user.name].join("\t"));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return;
    }
    const user = await findUserByEmail(values.email!);
    if (!user) throw new AppError("not_found", `no user with the email ${values.email}`);
    if (command === "token") {
      const issued = await issueApiToken(
        { userId: user.id, ...(values.name ? { name: values.name } : {}), ...(scopes ? { scopes } : {}), ...(values.expires ? { expires: values.expires } : {}) },
        SYSTEM_ACTOR,
      );
      console.log(issued.token);
      const expiry = issued.expiresAt ? `expires ${issued.expiresAt}` : "never expires";
      console.error(`API token for ${user.email} (${issued.scopes.join(", ")}; ${expiry}): shown once, only its hash is stored`);
    } else if (command === "role") {
      const updated = await changeRole({ userId: user.id, role }, SYSTEM_ACTOR);
      console.log(`${updated.email} is now ${updated.role}`);
    } else {
      const updated = await setDisabled({ userId: user.id, disabled: command === "disable" }, SYSTEM_ACTOR);
      console.log(`${updated.email} is ${updated.disabledAt ? "disabled" : "enabled"}`);
    }
  } finally {
    await database.release();
  }
});
