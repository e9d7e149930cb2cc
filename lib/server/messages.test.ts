// Every language has every message with the same arguments, every count is a plural, and
// every audited action has a label.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import zh from "@/messages/zh.json";
import { AUDIT_ACTIONS } from "./audit";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function messageAt(messages: unknown, key: string): string {
  return key.split(".").reduce((m, k) => (m as Record<string, unknown>)[k], messages) as string;
}

/** The arguments of an ICU message (at any depth) with their type: "" for a plain `{name}`. */
function icuArguments(message: string): { name: string; type: string }[] {
  const found: { name: string; type: string }[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`${why} at ${i} in: ${message}`);
  };
  // Text until the `}` that closes the current level (or the end at the top level).
  const text = (nested: boolean) => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
    if (nested && message[i] !== "}") fail("unclosed option");
  };
  const until = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i])) i++;
    return message.slice(start, i).trim();
  };
  const argument = () => {
    i++; // {
    const name = until(",}");
    if (!/^[A-Za-z_][\w]*$/.test(name)) fail(`bad argument name "${name}"`);
    if (message[i] === "}") {
      i++;
      found.push({ name, type: "" });
      return;
    }
    i++; // ,
    const type = until(",}");
    found.push({ name, type });
    if (message[i] === "}") {
      i++;
      return;
    }
    i++; // ,
    if (!["plural", "select", "selectordinal"].includes(type)) {
      until("}");
      i++;
      return;
    }
    for (;;) {
      const selector = until("{}");
      if (message[i] === "}") {
        if (selector) fail("option without a message");
        i++;
        return;
      }
      if (!selector) fail("option without a selector");
      i++; // {
      text(true);
      i++; // }
    }
  };
  text(false);
  if (i < message.length) fail("unbalanced }");
  return found;
}

/** Arguments that hold a number of things: they take a plural form in every language. */
const COUNT_ARGUMENTS = ["count", "items", "followUps"];

describe("messages", () => {
  it.each([
    ["zh", zh],
    ["ko", ko],
  ])("%s has exactly the English keys", (_lang, messages) => {
    expect(keys(messages).sort()).toEqual(keys(en).sort());
  });

  it.each([
    ["zh", zh],
    ["ko", ko],
  ])("%s messages take the same arguments as the English ones", (_lang, messages) => {
    const names = (m: string) => [...new Set(icuArguments(m).map((a) => a.name))].sort();
    const differing = keys(en).filter(
      (key) => names(messageAt(en, key)).join() !== names(messageAt(messages, key)).join(),
    );
    expect(differing).toEqual([]);
  });

  it.each([
    ["en", en],
    ["zh", zh],
    ["ko", ko],
  ])("%s: every count is an ICU plural, never a bare number", (_lang, messages) => {
    const bare = keys(messages).filter((key) =>
      icuArguments(messageAt(messages, key)).some((a) => COUNT_ARGUMENTS.includes(a.name) && a.type !== "plural"),
    );
    expect(bare).toEqual([]);
  });

  it("reads ICU arguments, nested ones included", () => {
    expect(icuArguments("{count, plural, =0 {No briefs on {area}} one {# brief} other {# briefs}} · {name}")).toEqual([
      { name: "count", type: "plural" },
      { name: "area", type: "" },
      { name: "name", type: "" },
    ]);
    expect(icuArguments("Members ({count})")).toEqual([{ name: "count", type: "" }]);
    expect(() => icuArguments("{count, plural, one {# brief}")).toThrow();
  });

  it("labels every audit action", () => {
    const labels = en.auditActions as Record<string, string>;
    expect(AUDIT_ACTIONS.filter((a) => !labels[a.replace(/\./g, "_")])).toEqual([]);
  });
});
