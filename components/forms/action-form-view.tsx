"use client";
import { useTranslations } from "next-intl";
import { createContext, type FormEvent, type ReactNode, startTransition, useContext, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/server/action";
import { CopyLink } from "./copy-link";
import { useServerMessage } from "./messages";

const FormStateContext = createContext<{ state: ActionState<unknown>; pending: boolean; formId: string }>({
  state: { status: "idle" },
  pending: false,
  formId: "",
});

export function useFormState() {
  return useContext(FormStateContext);
}

/**
 * Renders a form bound to a server action's state: the form-level error or success (with a
 * link to copy, for invitations), and the context fields read their errors and values from.
 */
export function ActionFormView({
  id,
  state,
  action,
  pending,
  children,
  className = "space-y-4",
  successMessage,
  resetOnSuccess = true,
  label,
  linkLabel,
  keepFields = false,
}: {
  id: string;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
  pending: boolean;
  children: ReactNode;
  className?: string;
  successMessage?: string;
  resetOnSuccess?: boolean;
  label?: string;
  /** What the returned link is; by default a single-use link to share (invitations, resets). */
  linkLabel?: string;
  /**
   * React empties a form after its action, file inputs included; a form whose fields must
   * survive (a file previewed, then imported) submits through a transition instead.
   */
  keepFields?: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const message = useServerMessage();
  const t = useTranslations("common");
  useEffect(() => {
    if (state.status === "ok" && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  const link = state.status === "ok" ? (state.data as { link?: string } | null)?.link : undefined;
  const submitKeepingFields = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
  return (
    <FormStateContext.Provider value={{ state, pending, formId: id }}>
      <form
        ref={formRef}
        action={action}
        onSubmit={keepFields ? submitKeepingFields : undefined}
        className={className}
        noValidate
        aria-label={label}
        id={id}
      >
        {state.status === "error" && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {/* Field errors are shown by their fields; the summary only points to them. */}
            {message(Object.keys(state.fieldErrors).length ? "check_fields" : state.error)}
          </p>
        )}
        {state.status === "ok" && (successMessage || link) && (
          <div
            role="status"
            className="space-y-2 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
          >
            {successMessage && <p>{successMessage}</p>}
            {link && <CopyLink link={link} label={linkLabel ?? t("linkToShare")} />}
          </div>
        )}
        {children}
      </form>
    </FormStateContext.Provider>
  );
}
