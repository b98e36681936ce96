import type { Metadata } from "next";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { listUserPage } from "@/lib/server/users/users";
import { ListProblem, listOrProblem } from "../../ui/list-problem";
import { Pager, plainParams, rowsBefore } from "../../ui/pager";
import { CreateUserForm, RoleForm, DisableForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("user:manage");
  const params = plainParams(await searchParams);
  const filters = Object.fromEntries((["role", "status"] as const).flatMap((name) => (params[name] ? [[name, params[name]]] : [])));
  const result = await listOrProblem(listUserPage({ ...filters, cursor: params.cursor }, actor));
  if ("problem" in result) return <main><h1>Users</h1><ListProblem message={result.problem} /></main>;
  const users = result.items;
  const pager = <Pager path="/admin/users" params={filters} at={rowsBefore(params.at)} shown={users.length} total={result.total} nextCursor={result.nextCursor} noun="users" />;
  return (
    <main>
      <h1>Users</h1>
      <form className="inline filters" method="get" aria-label="Filter users">
        <label className="inline">Role
          <select name="role" defaultValue={filters.role ?? ""}>
            <option value="">Any role</option>
            {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
          </select>
        </label>
        <label className="inline">Status
          <select name="status" defaultValue={filters.status ?? ""}>
            <option value="">Active and disabled</option>
            <option value="active">Active</option>
            <option value="disabled">Disabled</option>
          </select>
        </label>
        <button type="submit" className="secondary">Show</button>
      </form>
      {pager}
      <table data-testid="users-table">
        <thead>
          <tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th><th /></tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-email={user.email}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{user.id === actor.id ? ROLE_LABELS[user.role] : <RoleForm userId={user.id} role={user.role} />}</td>
              <td>{user.disabledAt ? <span className="error">disabled</span> : "active"}</td>
              <td>{user.id !== actor.id && <DisableForm userId={user.id} disabled={user.disabledAt !== null} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.nextCursor && pager}
      <h2>Add a user</h2>
      <div className="card" style={{ maxWidth: 460 }}>
        <CreateUserForm />
      </div>
    </main>
  );
}
