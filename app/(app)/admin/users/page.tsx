import type { Metadata } from "next";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { listUsers } from "@/lib/server/users/users";
import { CreateUserForm, RoleForm, DisableForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("user:manage");
  const users = await listUsers(actor);
  return (
    <main>
      <h1>Users</h1>
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
      <h2>Add a user</h2>
      <div className="card" style={{ maxWidth: 460 }}>
        <CreateUserForm />
      </div>
    </main>
  );
}
