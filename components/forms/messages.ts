"use client";
import { useTranslations } from "next-intl";

/**
 * Server messages are codes like "email_taken", "min_chars:12" or "unknown_assignee:a@b.org";
 * this makes them readable. The part after the first colon is `n`, and `count` when it is a
 * number, so messages with a count can be plurals.
 */
export function useServerMessage() {
  const t = useTranslations("errors");
  return (code: string | undefined): string => {
    if (!code) return "";
    const colon = code.indexOf(":");
    const key = colon < 0 ? code : code.slice(0, colon);
    const arg = colon < 0 ? "" : code.slice(colon + 1);
    if (!t.has(key)) return code;
    const count = Number(arg);
    return t(key, { n: arg, count: arg !== "" && Number.isFinite(count) ? count : 0 });
  };
}
