"use client";

import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/action";

export type Feedback = { tone: "success" | "error"; message: string } | null;

/**
 * The state every public application form keeps: what is being sent, the
 * errors per field path, and the message for the live region. What was typed
 * stays in the form after a refusal (the form is not reset).
 */
export function usePublicForm() {
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);

  function run<T>(send: () => Promise<ActionState<T>>, onOk: (data: T) => void) {
    startTransition(async () => {
      const state = await send();
      if (state.status === "ok") {
        setFieldErrors({});
        onOk(state.data);
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return { pending, fieldErrors, feedback, setFeedback, setFieldErrors, run };
}
