import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

export const SIGN_IN_ERRORS = { throttled: "throttled", invalid: "CredentialsSignin" } as const;

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  // The server (scripts/serve.ts) sets X-Forwarded-For to the client's address itself, believing a
  // forwarded value only from a trusted proxy, so this header is not the client's word.
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" && forwarded.trim() ? forwarded.trim() : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await signInWithPassword(credentials, clientAddress(req.headers));
        if (result.ok) return { id: result.actor.id, email: result.actor.email, name: result.actor.name };
        // next-auth passes a thrown message to the client as the error code.
        if (result.reason === "throttled") throw new Error(SIGN_IN_ERRORS.throttled);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // `user` is there only at sign-in: the session is recorded then, and named in the cookie.
      if (user) token.sid = await startSession(user.id);
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, sid: token.sid } };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
};
