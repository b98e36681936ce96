import { readEnv } from "@/lib/env";

export interface ImportLimits {
  maxArticleBytes: number;
  maxUploadBytes: number;
  maxClaimsPerArticle: number;
}

/** The configured import limits (IMPORT_MAX_ARTICLE_BYTES, IMPORT_MAX_UPLOAD_BYTES, IMPORT_MAX_CLAIMS_PER_ARTICLE). */
export function importLimits(): ImportLimits {
  const env = readEnv();
  return { maxArticleBytes: env.IMPORT_MAX_ARTICLE_BYTES, maxUploadBytes: env.IMPORT_MAX_UPLOAD_BYTES, maxClaimsPerArticle: env.IMPORT_MAX_CLAIMS_PER_ARTICLE };
}
