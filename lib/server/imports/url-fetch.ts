import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { isPrivateAddress } from "@/lib/import/addresses";
import { formatBytes } from "@/lib/import/limits";
import { AppError } from "../http/errors";

export interface FetchedPage {
  url: string;
  /** 200-299, or 304 when a conditional request found the page unchanged (with an empty body). */
  status: number;
  contentType: string;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
}

export interface FetchOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  /** Extra request headers: Accept for feeds, If-None-Match and If-Modified-Since for conditional GET. */
  headers?: Record<string, string>;
}

const MAX_REDIRECTS = 5;

/**
 * The body as the page meant it: a compressed answer is decoded (the size limit then counts the
 * decoded bytes, so a small compressed bomb is refused too); an encoding we cannot read is refused.
 */
function decodedBody(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return response;
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  response.destroy();
  throw new AppError("invalid", `the page is encoded as "${encoding}", which cannot be read`);
}

/**
 * Resolves every address of the host and refuses the connection if any is private, then connects
 * to a checked address, so a DNS answer cannot change between the check and the connection.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const refused = allowPrivate ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
      if (refused || addresses.length === 0) {
        const reason = new AppError("invalid", `refused: ${hostname} resolves to a private or local address (${refused?.address ?? "none"})`);
        return callback(reason as unknown as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function requestOnce(url: URL, options: FetchOptions, signal: AbortSignal) {
  return new Promise<{ status: number; location?: string; contentType: string; body: Buffer; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const headers = { "user-agent": "ClaimDesk article import", accept: "text/html, text/plain;q=0.9, */*;q=0.1", "accept-encoding": "gzip, deflate, br", ...options.headers };
    const request = client.get(url, { lookup: guardedLookup(options.allowPrivate), signal, headers }, (response) => {
      const status = response.statusCode ?? 0;
      if ((status >= 300 && status < 400 && response.headers.location) || status === 304) {
        response.resume();
        return resolve({ status, location: response.headers.location, contentType: "", body: Buffer.alloc(0), headers: response.headers });
      }
      const declared = Number(response.headers["content-length"] ?? 0);
      if (declared > options.maxBytes) {
        response.destroy();
        return reject(new AppError("too_large", `the page is over the limit of ${formatBytes(options.maxBytes)}`));
      }
      let body: Readable;
      try {
        body = decodedBody(response);
      } catch (error) {
        return reject(error);
      }
      const chunks: Buffer[] = [];
      let total = 0;
      body.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > options.maxBytes) {
          response.destroy();
          body.destroy();
          reject(new AppError("too_large", `the page is over the limit of ${formatBytes(options.maxBytes)}`));
        } else chunks.push(chunk);
      });
      body.on("end", () => resolve({ status, contentType: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks), headers: response.headers }));
      body.on("error", (error) => reject(new AppError("invalid", `the page's compressed body could not be decoded (${error.message})`)));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** A literal address is connected to without a lookup, so it is checked before connecting. */
export function assertLiteralAllowed(url: URL, allowPrivate: boolean): void {
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && !allowPrivate && isPrivateAddress(literal)) {
    throw new AppError("invalid", `refused: ${literal} is a private or local address`);
  }
}

/** Fetches a page for import: http(s) only, a time limit for the whole exchange, a size limit, and every redirect checked again. */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(address);
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("invalid", "only http and https addresses can be imported");
    assertLiteralAllowed(url, options.allowPrivate);
    let response;
    try {
      response = await requestOnce(url, options, signal);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (signal.aborted) throw new AppError("invalid", `the page did not answer within ${options.timeoutMs / 1000} s`);
      throw new AppError("invalid", `the page could not be fetched (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (response.location && response.status !== 304) {
      if (redirects >= MAX_REDIRECTS) throw new AppError("invalid", "the page redirects too many times");
      url = new URL(response.location, url);
      continue;
    }
    if ((response.status < 200 || response.status >= 300) && response.status !== 304) throw new AppError("invalid", `the page answered with HTTP ${response.status}`, { httpStatus: response.status });
    return {
      url: url.toString(),
      status: response.status,
      contentType: response.contentType,
      body: response.body,
      etag: typeof response.headers.etag === "string" ? response.headers.etag : null,
      lastModified: typeof response.headers["last-modified"] === "string" ? response.headers["last-modified"] : null,
    };
  }
}
