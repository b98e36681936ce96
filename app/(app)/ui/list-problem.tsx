import { AppError } from "@/lib/server/http/errors";

/** A list whose URL holds an unknown filter value or a stale cursor shows why, instead of failing. */
export async function listOrProblem<Page>(work: Promise<Page>): Promise<Page | { problem: string }> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid") return { problem: error.message };
    throw error;
  }
}

export function ListProblem({ message }: { message: string }) {
  return <p className="error" role="alert">{message}</p>;
}
