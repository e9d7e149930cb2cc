"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { buttonClass } from "@/components/ui/button";

export function SignInForm({
  callbackUrl,
  oidcName,
  initialError,
}: {
  callbackUrl: string;
  oidcName: string | null;
  initialError?: string;
}) {
  const t = useTranslations("signIn");
  const emailId = useId();
  const passwordId = useId();
  const [error, setError] = useState<string | null>(initialError ? t(initialError) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(result?.error === "throttled" ? t("throttled") : t("invalid"));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" aria-label={t("title")}>
        {error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
        <div className="space-y-1">
          <label htmlFor={emailId} className="block text-sm font-medium">
            {t("email")}
          </label>
          <input
            id={emailId}
            name="email"
            type="email"
            autoComplete="username"
            required
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={passwordId} className="block text-sm font-medium">
            {t("password")}
          </label>
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <button type="submit" disabled={pending} className={`${buttonClass("primary")} w-full`}>
          {pending ? t("signingIn") : t("submit")}
        </button>
        <p className="text-xs text-slate-500">{t("forgot")}</p>
      </form>
      {oidcName && (
        <button
          type="button"
          onClick={() => signIn("oidc", { callbackUrl })}
          className={`${buttonClass("secondary")} w-full`}
        >
          {t("sso", { name: oidcName })}
        </button>
      )}
    </div>
  );
}
