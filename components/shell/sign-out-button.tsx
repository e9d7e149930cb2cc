"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/sign-in" })}
      className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
