import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError a call was refused with; fails the test when the call succeeds. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => expect.unreachable("the call should have been refused"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
