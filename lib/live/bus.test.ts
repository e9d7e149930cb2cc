import { describe, expect, it } from "vitest";
import { parseLiveMessage } from "./bus";

describe("parseLiveMessage", () => {
  it("reads the two kinds a writer publishes", () => {
    expect(parseLiveMessage('{"t":"inbox","u":["a","b"]}')).toEqual({ t: "inbox", u: ["a", "b"] });
    expect(parseLiveMessage('{"t":"board","c":"c1"}')).toEqual({ t: "board", c: "c1" });
  });

  it("ignores anything else on the channel (a hand-made NOTIFY, another version's message)", () => {
    for (const payload of ["", "inbox", "null", "[]", '{"t":"inbox"}', '{"t":"board","c":1}', '{"t":"resync"}'])
      expect(parseLiveMessage(payload), payload).toBeNull();
  });
});
