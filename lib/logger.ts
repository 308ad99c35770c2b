import pino from "pino";

/** Personal data (e-mails, passport numbers) is never logged above debug. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: ["email", "password", "*.email", "*.password", "passwordHash"],
});
