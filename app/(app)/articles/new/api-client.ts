/** Fields of the single-article form, as strings the inputs hold. */
export interface ArticleDraft {
  text: string;
  title: string;
  outlet: string;
  author: string;
  url: string;
  publishedAt: string;
}

export const EMPTY_DRAFT: ArticleDraft = { text: "", title: "", outlet: "", author: "", url: "", publishedAt: "" };

export interface ApiFailure {
  message: string;
  fields?: Record<string, string[]>;
}

export async function failureOf(response: Response): Promise<ApiFailure> {
  try {
    const body = (await response.json()) as { error?: { message?: string; fields?: Record<string, string[]> } };
    return { message: body.error?.message ?? `The server answered ${response.status}`, ...(body.error?.fields ? { fields: body.error.fields } : {}) };
  } catch {
    return { message: `The server answered ${response.status}` };
  }
}

export function draftFrom(preview: Partial<Record<keyof ArticleDraft, string | undefined>>): ArticleDraft {
  return {
    text: preview.text ?? "",
    title: preview.title ?? "",
    outlet: preview.outlet ?? "",
    author: preview.author ?? "",
    url: preview.url ?? "",
    publishedAt: preview.publishedAt ?? "",
  };
}
