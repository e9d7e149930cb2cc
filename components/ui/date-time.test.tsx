import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { today } from "@/lib/time/clock";
import { DateTime } from "./date-time";

describe("DateTime", () => {
  // Today at 01:00 UTC: 10:00 in Seoul.
  const at = new Date(today().getTime() + 3_600_000);
  const render = (locale: string, zone?: string, readerZone = "UTC") =>
    renderToStaticMarkup(
      <NextIntlClientProvider locale={locale} messages={{}} timeZone={readerZone}>
        <DateTime value={at} timeZone={zone} />
      </NextIntlClientProvider>,
    );

  it("names the time zone it shows the instant in", () => {
    expect(render("en", "Asia/Seoul")).toContain("10:00 GMT+9");
    expect(render("en")).toContain("01:00 UTC");
    expect(render("en", "Asia/Seoul")).toContain(`dateTime="${at.toISOString()}"`);
    expect(render("en", "Asia/Seoul")).toContain('title="Asia/Seoul"');
  });

  it("keeps the zone in every language", () => {
    expect(render("zh", "Asia/Seoul")).toMatch(/10:00/);
    expect(render("zh", "Asia/Seoul")).toMatch(/GMT\+9|UTC\+9/);
    expect(render("ko", "Asia/Seoul")).toMatch(/10:00/);
    expect(render("ko", "Asia/Seoul")).toMatch(/GMT\+9|UTC\+9/);
  });

  it("shows the instant in the reader's zone (next-intl's config) unless told otherwise", () => {
    // 01:00 UTC is 20:00 or 21:00 the evening before in New York, by the season.
    expect(render("en", undefined, "America/New_York")).toMatch(/(20|21):00 (EST|EDT)/);
    expect(render("en", undefined, "America/New_York")).toContain('title="America/New_York"');
    expect(render("en", "Asia/Seoul", "America/New_York")).toContain("10:00 GMT+9");
  });
});
