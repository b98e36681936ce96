import { z } from "zod";

const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

export const articleInputSchema = z.object({
  text: z
    .string({ error: "text is required" })
    // The size limit is configured (IMPORT_MAX_ARTICLE_BYTES) and answered with 413, so it is checked by the importer.
    .refine((text) => text.trim().length > 0, "Text is required"),
  title: optionalText(500),
  outlet: optionalText(200),
  author: optionalText(200),
  url: z.preprocess((value) => (value === "" ? undefined : value), z.url({ protocol: /^https?$/, error: "url must be an http(s) address" }).optional()),
  publishedAt: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.date({ error: "publishedAt is not a valid date" }).optional(),
  ),
});
export type ArticleInput = z.input<typeof articleInputSchema>;
export type ValidArticle = z.output<typeof articleInputSchema>;
