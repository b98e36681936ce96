// Kept apart from embedded.ts so the app's database client does not load PGlite.
const EMBEDDED_APPLICATION_NAME = "claimdesk_embedded";

export function embeddedUrl(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
}

/**
 * PGlite is one PostgreSQL session shared by every socket, and pglite-socket interleaves protocol
 * messages between connections outside transactions, so two connections' unnamed prepared
 * statements can overwrite each other. Clients of the embedded server therefore use one connection.
 */
export function isEmbeddedUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}
