import { scopesForRole } from "@/lib/auth/token-scopes";
import type { Actor } from "@/lib/server/auth/actors";
import { listOwnApiTokens } from "@/lib/server/auth/api-tokens";
import type { ApiTokenView } from "@/lib/tokens/schema";
import { formatMoment } from "@/lib/words/dates";
import { ActionForm } from "../claims/ui/action-form";
import { revokeTokenAction } from "./token-actions";
import { CreateTokenForm } from "./token-forms";

function TokenStatus({ token, now }: { token: ApiTokenView; now: number }) {
  if (token.revokedAt) return <span className="muted">Revoked {formatMoment(token.revokedAt)}</span>;
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return <span className="muted">Expired</span>;
  return <ActionForm action={revokeTokenAction} hidden={{ id: token.id }} submit="Revoke" danger className="inline" label={`Revoke ${token.name}`} />;
}

/** The user's own API tokens: what each may do and when it was last used, a form for a new one, and revoking. */
export async function ApiTokensSection({ actor }: { actor: Actor }) {
  const tokens = await listOwnApiTokens(actor);
  const now = Date.now();
  return (
    <section className="card" aria-label="API tokens">
      <h2>API tokens</h2>
      <p className="muted">
        Scripts and other tools use a token to act as you through the API (<code>Authorization: Bearer …</code>). A token never does
        more than your role allows; its scopes can limit it further.
      </p>
      {tokens.length === 0 ? (
        <p className="muted">You have no API tokens.</p>
      ) : (
        <table className="api-tokens">
          <thead>
            <tr><th>Name</th><th>Token</th><th>Scopes</th><th>Created</th><th>Last used</th><th>Expires</th><th /></tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-token-name={token.name}>
                <td>{token.name}</td>
                <td className="nowrap"><code>{token.prefix}…</code></td>
                <td>{token.scopes.join(", ")}</td>
                <td className="nowrap">{formatMoment(token.createdAt)}</td>
                <td className="nowrap">{token.lastUsedAt ? formatMoment(token.lastUsedAt) : "Never"}</td>
                <td className="nowrap">{token.expiresAt ? formatMoment(token.expiresAt) : "Never"}</td>
                <td><TokenStatus token={token} now={now} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>New token</h3>
      <CreateTokenForm scopes={scopesForRole(actor.role)} />
    </section>
  );
}
