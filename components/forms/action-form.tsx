"use client";
import { type ComponentProps, useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { ActionFormView } from "./action-form-view";

/** A form bound to a server action (see ActionFormView for what it shows). */
export function ActionForm<T>({
  action,
  ...props
}: { action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>> } & Omit<
  ComponentProps<typeof ActionFormView>,
  "state" | "action" | "pending"
>) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState<T>);
  return <ActionFormView state={state as ActionState<unknown>} action={formAction} pending={pending} {...props} />;
}
