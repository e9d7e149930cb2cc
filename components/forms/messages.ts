"use client";
import { useTranslations } from "next-intl";

/** Server messages are codes like "email_taken" or "min_chars:12"; this makes them readable. */
export function useServerMessage() {
  const t = useTranslations("errors");
  return (code: string | undefined): string => {
    if (!code) return "";
    const [key, arg] = code.split(":");
    if (!t.has(key)) return code;
    return t(key, { n: arg ?? "" });
  };
}
