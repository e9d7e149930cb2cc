import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { isoDateFromToday } from "./clock";
import { homeTimes, homeTimesLine, sideCountries } from "./home-times";
import { zonedToUtc } from "./zones";

// A day some weeks ahead, at 09:00 in Seoul: the evening before in Washington (EST or EDT).
const day = isoDateFromToday(40);
const at = zonedToUtc(`${day}T09:00`, "Asia/Seoul");
const clockIn = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);

// A translator over the English messages with the two ICU shapes the line uses.
const t = (key: string, values: Record<string, string | number> = {}) => {
  if (key.startsWith("timeZones.cities."))
    return en.timeZones.cities[key.slice(17) as keyof typeof en.timeZones.cities];
  const day = values.day === "before" ? ", the day before" : values.day === "after" ? ", the day after" : "";
  return `${values.time} ${values.place}${day}`;
};

describe("a session's time at each side's home", () => {
  it("gives each side's clock and the day against the first side's", () => {
    expect(homeTimes(at, ["KR", "US"])).toEqual([
      { country: "KR", timeZone: "Asia/Seoul", time: "09:00", day: "same" },
      { country: "US", timeZone: "America/New_York", time: clockIn("America/New_York"), day: "before" },
    ]);
    expect(homeTimesLine(at, ["KR", "US"], t)).toBe(
      `09:00 Seoul · ${clockIn("America/New_York")} Washington, the day before`,
    );
  });

  it("puts the reader's own home first, so the others are said against the reader's day", () => {
    expect(homeTimesLine(at, ["KR", "US"], t, "America/New_York")).toBe(
      `${clockIn("America/New_York")} Washington · 09:00 Seoul, the day after`,
    );
  });

  it("says nothing when the sides share one zone or a country has no home zone here", () => {
    expect(homeTimesLine(at, ["KR", "KR"], t)).toBe("");
    expect(homeTimesLine(at, ["KR", "AQ"], t)).toBe("");
    expect(homeTimes(at, ["CN", "KR", "JP"]).map((h) => [h.time, h.day])).toEqual([
      ["08:00", "same"],
      ["09:00", "same"],
      ["09:00", "same"],
    ]);
  });

  it("takes a side's home from the country most of its institutions are in", () => {
    const side = (...codes: string[]) => ({
      institutions: codes.map((countryCode) => ({ institution: { countryCode } })),
    });
    expect(sideCountries([side("KR"), side("US", "JP", "US"), side()])).toEqual(["KR", "US"]);
  });

  it("names a city for every home zone in every language", async () => {
    const { HOME_ZONES } = await import("./home-times");
    for (const locale of ["en", "zh", "ko"]) {
      const messages = (await import(`@/messages/${locale}.json`)).default;
      for (const country of Object.keys(HOME_ZONES))
        expect(messages.timeZones.cities[country], `${locale} ${country}`).toBeTruthy();
    }
    for (const zone of Object.values(HOME_ZONES))
      expect(() => new Intl.DateTimeFormat("en", { timeZone: zone })).not.toThrow();
  });
});
