import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirLockedError } from "@/lib/server/database/data-dir-lock";
import { openDatabase } from "@/lib/server/database/open";

const dataDir = mkdtempSync(path.join(tmpdir(), "accord-lock-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("one owner per embedded data directory", () => {
  it("refuses a second owner, in this process and in another, and keeps the data intact", async () => {
    const owner = await openDatabase({ dataDir });
    await owner.raw.exec("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('written by the owner');");

    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);

    // A second process (the CLI) is refused with a clear message and a non-zero exit.
    const second = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/accord.ts", "migrate"],
      {
        env: { ...process.env, ACCORD_DATA_DIR: dataDir, DATABASE_URL: "" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("is in use by another Accord process");

    expect(await owner.raw.query<{ body: string }>("SELECT body FROM notes")).toEqual([
      { body: "written by the owner" },
    ]);
    await owner.close();

    // Once the owner has stopped, the next one opens the same data.
    const next = await openDatabase({ dataDir });
    expect(await next.raw.query<{ body: string }>("SELECT body FROM notes")).toEqual([
      { body: "written by the owner" },
    ]);
    await next.close();
  });
});
