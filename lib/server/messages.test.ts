// Every language has every message, and every audited action has a label.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import zh from "@/messages/zh.json";
import { AUDIT_ACTIONS } from "./audit";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it.each([
    ["zh", zh],
    ["ko", ko],
  ])("%s has exactly the English keys", (_lang, messages) => {
    expect(keys(messages).sort()).toEqual(keys(en).sort());
  });

  it("labels every audit action", () => {
    const labels = en.auditActions as Record<string, string>;
    expect(AUDIT_ACTIONS.filter((a) => !labels[a.replace(/\./g, "_")])).toEqual([]);
  });
});
