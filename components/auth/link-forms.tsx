"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ActionFormView } from "@/components/forms/action-form-view";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { acceptInvitationAction, resetPasswordAction, setupOperatorAction } from "@/lib/invitations/actions";

function PasswordFields() {
  const t = useTranslations("links");
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { count: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
      />
    </>
  );
}

/** After the account is ready, sign the person in with the password they just chose. */
function useSignInAfter(state: { status: string; data?: unknown }, password: React.RefObject<string>) {
  useEffect(() => {
    if (state.status !== "ok") return;
    const email = (state.data as { email: string }).email;
    signIn("credentials", { email, password: password.current, redirect: false }).then((result) => {
      window.location.assign(result?.ok && !result.error ? "/" : "/sign-in");
    });
  }, [state, password]);
}

function LinkForm({
  id,
  action,
  children,
  submit,
}: {
  id: string;
  action: typeof acceptInvitationAction;
  children: React.ReactNode;
  submit: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const password = useRef("");
  useSignInAfter(state as { status: string; data?: unknown }, password);
  return (
    <ActionFormView
      id={id}
      state={state}
      pending={pending || state.status === "ok"}
      resetOnSuccess={false}
      action={(formData) => {
        password.current = String(formData.get("password") ?? "");
        formAction(formData);
      }}
    >
      {children}
      <SubmitButton>{submit}</SubmitButton>
    </ActionFormView>
  );
}

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("links");
  return (
    <LinkForm id="accept-invitation" action={acceptInvitationAction} submit={t("joinButton")}>
      <input type="hidden" name="token" value={token} />
      <TextField name="email" type="email" label={t("email")} defaultValue={email} readOnly disabled />
      <TextField name="name" label={t("name")} autoComplete="name" required maxLength={120} />
      <PasswordFields />
    </LinkForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("links");
  return (
    <LinkForm
      id="reset-password"
      action={resetPasswordAction as typeof acceptInvitationAction}
      submit={t("resetButton")}
    >
      <input type="hidden" name="token" value={token} />
      <PasswordFields />
    </LinkForm>
  );
}

export function OperatorSetupForm({ token }: { token: string }) {
  const t = useTranslations("links");
  return (
    <LinkForm
      id="operator-setup"
      action={setupOperatorAction as typeof acceptInvitationAction}
      submit={t("setupButton")}
    >
      <input type="hidden" name="token" value={token} />
      <TextField name="name" label={t("name")} autoComplete="name" required maxLength={120} />
      <TextField name="email" type="email" label={t("email")} autoComplete="username" required />
      <PasswordFields />
    </LinkForm>
  );
}
