import { AppError } from "./errors";

/** Reads a request body up to maxBytes, refusing with 413 as soon as it is longer rather than after buffering it all. */
export async function readBodyLimited(request: Request, maxBytes: number, limitMessage: string): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError("too_large", limitMessage);
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw new AppError("too_large", limitMessage);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The JSON body; an empty body is `whenEmpty` when one is given (for requests whose fields are all optional). */
export async function readJsonLimited(request: Request, maxBytes: number, limitMessage: string, whenEmpty?: unknown): Promise<unknown> {
  const body = await readBodyLimited(request, maxBytes, limitMessage);
  if (body.length === 0 && whenEmpty !== undefined) return whenEmpty;
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON");
  }
}
