import http from "node:http";
import https from "node:https";
import { AppError } from "../http/errors";
import { assertLiteralAllowed, guardedLookup } from "../imports/url-fetch";

export interface PostOptions {
  allowPrivate: boolean;
  requireHttps: boolean;
  timeoutMs: number;
}

export interface PostResult {
  status: number | null;
  /** Refused before sending (private address, plain http where https is required): retrying cannot help. */
  refused: boolean;
  error: string | null;
}

// Receivers answer "ok"; anything longer is read and dropped so the connection closes cleanly.
const MAX_RESPONSE_BYTES = 64 * 1024;

function postOnce(url: URL, headers: Record<string, string>, body: string, options: PostOptions, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "POST",
        lookup: guardedLookup(options.allowPrivate),
        signal,
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "ClaimDesk webhooks", ...headers },
      },
      (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("close", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * POSTs one delivery through URL import's address guards (every address the name resolves to is
 * checked, and the connection goes to a checked one). Redirects are not followed: a receiver that
 * redirects answered 3xx, which is a failure. The time limit covers the whole exchange.
 */
export async function postWebhook(address: string, headers: Record<string, string>, body: string, options: PostOptions): Promise<PostResult> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { status: null, refused: true, error: "refused: not a valid address" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { status: null, refused: true, error: "refused: only http and https addresses" };
  if (options.requireHttps && url.protocol !== "https:") return { status: null, refused: true, error: "refused: webhooks must use https" };
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    assertLiteralAllowed(url, options.allowPrivate);
    const status = await postOnce(url, headers, body, options, signal);
    const ok = status >= 200 && status < 300;
    return { status, refused: false, error: ok ? null : `answered HTTP ${status}` };
  } catch (error) {
    if (error instanceof AppError) return { status: null, refused: error.message.startsWith("refused:"), error: error.message };
    if (signal.aborted) return { status: null, refused: false, error: `no answer within ${options.timeoutMs / 1000} s` };
    const code = (error as NodeJS.ErrnoException).code;
    return { status: null, refused: false, error: `could not connect (${code ?? (error as Error).message})` };
  }
}
