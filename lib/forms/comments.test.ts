import { describe, expect, it } from "vitest";
import { commentBody, mentionedIds } from "./comments";

const people = [
  { id: "a", name: "Kim Min" },
  { id: "b", name: "Kim Min-jun" },
  { id: "c", name: "Emily Carter" },
  { id: "d", name: " " },
];

describe("mentionedIds", () => {
  it("finds @Full Name in any case, each person once", () => {
    expect(mentionedIds("@emily carter and @Emily Carter, please look", people)).toEqual(["c"]);
  });

  it("reads the longest name: @Kim Min-jun is not also @Kim Min", () => {
    expect(mentionedIds("Thanks @Kim Min-jun.", people)).toEqual(["b"]);
    expect(mentionedIds("@Kim Min-jun and @Kim Min", people).sort()).toEqual(["a", "b"]);
  });

  it("ignores names without @, and blank names", () => {
    expect(mentionedIds("Emily Carter said @ nothing", people)).toEqual([]);
  });
});

describe("commentBody", () => {
  it("trims, and refuses empty or too long bodies", () => {
    expect(commentBody().parse("  hi ")).toBe("hi");
    expect(commentBody().safeParse(" ").success).toBe(false);
    expect(commentBody().safeParse("x".repeat(10_001)).success).toBe(false);
  });
});
