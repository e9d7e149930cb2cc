import { describe, expect, it } from "vitest";
import { deviceName } from "./device";

describe("deviceName", () => {
  it("names common browsers and systems", () => {
    expect(
      deviceName(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
      ),
    ).toEqual({ browser: "Chrome", system: "Windows" });
    expect(
      deviceName(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      ),
    ).toEqual({ browser: "Safari", system: "macOS" });
    expect(
      deviceName(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1",
      ),
    ).toEqual({ browser: "Chrome", system: "iOS" });
    expect(deviceName("Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0")).toEqual({
      browser: "Firefox",
      system: "Linux",
    });
    expect(
      deviceName(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0",
      ),
    ).toEqual({ browser: "Edge", system: "Windows" });
  });
  it("admits what it does not know", () => {
    expect(deviceName("")).toEqual({ browser: null, system: null });
    expect(deviceName("curl/8.5.0")).toEqual({ browser: null, system: null });
  });
});
