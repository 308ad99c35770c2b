import type { MessageKey, MessageParams } from "@/lib/i18n/translator";

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * An error meant for the person who caused it. `messageKey` (and each field
 * error) is an i18n key, translated at the boundary into the reader's language.
 */
export class AppError extends Error {
  readonly fieldErrors?: Record<string, MessageKey[]>;
  readonly params?: MessageParams;
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    extra: { fieldErrors?: Record<string, MessageKey[]>; params?: MessageParams; details?: Record<string, unknown> } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
    this.fieldErrors = extra.fieldErrors;
    this.params = extra.params;
    this.details = extra.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
export const notFound = () => new AppError("NOT_FOUND", "errors.NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN", "errors.FORBIDDEN");
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "errors.UNAUTHENTICATED");
export const validationError = (fieldErrors: Record<string, MessageKey[]>) =>
  new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors });
