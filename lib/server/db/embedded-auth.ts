import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";

const SSL_REQUEST = 80877103;
const PROTOCOL_3 = 196608;

function md5(text: string | Buffer): string {
  return createHash("md5").update(text).digest("hex");
}

/** What a client must send after "md5": md5(md5(password + user) + salt), as PostgreSQL defines it. */
export function md5PasswordAnswer(password: string, user: string, salt: Buffer): string {
  return `md5${md5(Buffer.concat([Buffer.from(md5(password + user)), salt]))}`;
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function authenticationFailed(user: string): Buffer {
  const fields = ["SFATAL", "VFATAL", "C28P01", `Mpassword authentication failed for user "${user}"`].map((field) => `${field}\0`).join("");
  return message("E", Buffer.from(`${fields}\0`, "utf8"));
}

function startupParameters(startup: Buffer): Map<string, string> {
  const parts = startup.subarray(8).toString("utf8").split("\0");
  const parameters = new Map<string, string>();
  for (let index = 0; index + 1 < parts.length && parts[index]; index += 2) parameters.set(parts[index]!, parts[index + 1]!);
  return parameters;
}

/**
 * Runs PostgreSQL's MD5 password exchange on a new connection before PGlite sees it: PGlite
 * itself trusts any user name and password. On success the client's startup message (and anything
 * sent after the password) is put back into the socket for PGlite, which then answers it as usual;
 * on failure the client gets PostgreSQL's own error and is disconnected.
 */
export function authenticate(socket: Socket, password: string): Promise<boolean> {
  return new Promise((resolve) => {
    let buffered = Buffer.alloc(0);
    let startup: Buffer | null = null;
    let user = "";
    const salt = randomBytes(4);
    const finish = (ok: boolean, rest: Buffer) => {
      socket.off("data", onData);
      socket.off("error", onError);
      socket.off("close", onClose);
      if (ok) {
        socket.pause();
        socket.unshift(Buffer.concat([startup!, rest]));
      } else {
        socket.end(authenticationFailed(user));
      }
      resolve(ok);
    };
    const onError = () => finish(false, Buffer.alloc(0));
    const onClose = () => resolve(false);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (!startup && buffered.length >= 8) {
        const length = buffered.readInt32BE(0);
        const code = buffered.readInt32BE(4);
        if (length === 8 && code === SSL_REQUEST) {
          socket.write("N");
          buffered = buffered.subarray(8);
          continue;
        }
        if (code !== PROTOCOL_3 || length < 8 || length > 10_000) return finish(false, Buffer.alloc(0));
        if (buffered.length < length) return;
        startup = buffered.subarray(0, length);
        buffered = buffered.subarray(length);
        user = startupParameters(startup).get("user") ?? "";
        const request = Buffer.alloc(8);
        request.writeInt32BE(5, 0);
        salt.copy(request, 4);
        socket.write(message("R", request));
      }
      if (!startup || buffered.length < 5) return;
      const length = buffered.readInt32BE(1);
      if (buffered[0] !== 0x70 /* p */ || length < 5 || length > 1_000) return finish(false, Buffer.alloc(0));
      if (buffered.length < length + 1) return;
      const answer = buffered.subarray(5, length + 1).toString("utf8").replace(/\0$/, "");
      const expected = md5PasswordAnswer(password, user, salt);
      const ok = answer.length === expected.length && timingSafeEqual(Buffer.from(answer), Buffer.from(expected));
      finish(ok, buffered.subarray(length + 1));
    };
    socket.on("data", onData);
    socket.on("error", onError);
    socket.on("close", onClose);
  });
}
