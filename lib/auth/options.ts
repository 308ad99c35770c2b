import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { authenticate } from "./credentials";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * A session cookie that does not decrypt is someone's expired, rotated-secret
 * or forged token: an expected refusal, not a server fault. next-auth's own
 * logger would print it as an error with a stack on every such request.
 */
const EXPECTED_AUTH_ERRORS = new Set(["JWT_SESSION_ERROR"]);

const authLogger = logger.child({ module: "next-auth" });

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "unknown";
}

/**
 * next-auth stays behind lib/auth: the rest of the code asks session.ts for
 * the current actor and never imports next-auth itself.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  logger: {
    error(code, metadata) {
      if (EXPECTED_AUTH_ERRORS.has(code)) authLogger.info({ code }, "session token refused");
      else authLogger.error({ code, err: metadata instanceof Error ? metadata : undefined }, "next-auth error");
    },
    warn(code) {
      authLogger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        try {
          const user = await authenticate(credentials, clientAddress(request?.headers));
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          // next-auth passes the message to the sign-in form as `error`.
          if (isAppError(error) && error.code === "RATE_LIMITED") {
            throw new Error(`RATE_LIMITED:${error.params?.minutes ?? 15}`);
          }
          if (isAppError(error)) return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
