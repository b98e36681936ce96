import { readEnv } from "@/lib/env";

/** Bytes a JSON request body may have (API_MAX_JSON_BYTES); article imports have their own, larger limit. */
export function jsonBodyLimit(): number {
  return readEnv().API_MAX_JSON_BYTES;
}
