import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesToRowErrors } from "./import-rows";

const schema = z.object({
  title: z.string().min(3, "min_chars:3"),
  category: z.enum(["TALENT", "INVESTMENT"], { error: "choose_category" }),
  modes: z.array(z.enum(["JOINT_RD", "STANDARDS"])),
});

describe("issuesToRowErrors", () => {
  it("names the value given and the values allowed when a cell is outside a fixed list", () => {
    const result = schema.safeParse(
      { title: "ok title", category: "NOPE", modes: ["STANDARDS", "DANCE"] },
      { reportInput: true },
    );
    expect(issuesToRowErrors(7, result.error!.issues)).toEqual([
      { row: 7, field: "category", message: "choose_category", value: "NOPE", allowed: ["TALENT", "INVESTMENT"] },
      { row: 7, field: "modes.1", message: expect.any(String), value: "DANCE", allowed: ["JOINT_RD", "STANDARDS"] },
    ]);
  });

  it("lists the allowed values without a value for an empty cell, and leaves other problems as they are", () => {
    const result = schema.safeParse({ title: "x", category: "", modes: [] }, { reportInput: true });
    expect(issuesToRowErrors(2, result.error!.issues)).toEqual([
      { row: 2, field: "title", message: "min_chars:3" },
      { row: 2, field: "category", message: "choose_category", allowed: ["TALENT", "INVESTMENT"] },
    ]);
  });
});
