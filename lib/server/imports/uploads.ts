import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { uploadRoot } from "@/lib/env";
import { uploadTooLargeMessage } from "@/lib/import/limits";
import { AppError } from "../http/errors";
import { importLimits } from "./import-limits";

export interface SpooledFile {
  name: string;
  path: string;
}

export interface Spool {
  readonly dir: string;
  readonly files: SpooledFile[];
  /** Writes one file of the upload to disk as it arrives, counting towards the upload's limit. */
  add(name: string, body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void>;
  discard(): void;
  /** Moves the upload to UPLOAD_DIR/<name>, so a worker on any instance finds its files by the job's id. */
  rename(name: string): void;
}

/** Where a job's files wait for a worker. */
export function uploadDir(name: string): string {
  return path.join(uploadRoot(), name);
}

/** Where uploads arrive, until they are complete and belong to a job. */
export function incomingDir(): string {
  return path.join(uploadRoot(), "incoming");
}

/** The name to show for an uploaded file: its base name, without anything that could walk out of the folder. */
export function uploadName(name: string): string {
  const base = path.basename(name.replace(/\\/g, "/")).replace(/[\u0000-\u001f]/g, "").trim();
  return base.slice(-200) || "upload";
}

/** Uploads land in UPLOAD_DIR/incoming/<id>/ so a background import reads them from disk, not from memory. */
export function createSpool(maxBytes = importLimits().maxUploadBytes): Spool {
  let dir = path.join(incomingDir(), randomUUID());
  fs.mkdirSync(dir, { recursive: true });
  let total = 0;
  const files: SpooledFile[] = [];
  const discard = () => fs.rmSync(dir, { recursive: true, force: true });
  return {
    get dir() {
      return dir;
    },
    files,
    discard,
    rename(name) {
      const target = uploadDir(name);
      fs.renameSync(dir, target);
      for (const file of files) file.path = path.join(target, path.basename(file.path));
      dir = target;
    },
    async add(name, body) {
      const shown = uploadName(name);
      const file = path.join(dir, `${files.length}-${shown.replace(/[^\w.-]/g, "_")}`);
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback: TransformCallback) {
          total += chunk.length;
          if (total > maxBytes) callback(new AppError("too_large", uploadTooLargeMessage(maxBytes)));
          else callback(null, chunk);
        },
      });
      try {
        const source = body instanceof ReadableStream ? (body as unknown as AsyncIterable<Uint8Array>) : body;
        await pipeline(source, counter, fs.createWriteStream(file));
      } catch (error) {
        discard();
        throw error;
      }
      files.push({ name: shown, path: file });
    },
  };
}
