import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requestActor } from "@/lib/server/http/request-actor";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await requestActor()) redirect("/");
  return (
    <main className="signin">
      <div className="card">
        <h1>Sign in to ClaimDesk</h1>
        <SignInForm />
      </div>
    </main>
  );
}
