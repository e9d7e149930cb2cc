// The import rules in biome.jsonc fail the lint when broken. Each probe file is written into a
// copy of the project's Biome configuration in a temporary folder (never into the tree, where
// a lint running at the same time would see it), and the project's own biome binary lints it.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const biome = path.join(root, "node_modules/.bin/biome");

const MESSAGE = {
  appOrComponents: "lib/ never imports app/ or components/",
  parent: "No ../ imports in lib/",
  domain: "A domain imports another domain only through its public modules",
  kernel: "The shared kernel (lib/server, time, generated, reference, forms, charts) imports no domain",
  boot: "Only instrumentation.ts and the CLI (scripts/accord.ts) import lib/boot",
  permissionTable: "Pages and components read `can` from a service",
  database: "Pages and components read through a service",
  routeWrapper: "Route handlers answer through lib/server/route.ts",
};

/** Probe files: path → the module it imports (`name from module` when the name matters). */
const PROBES: Record<string, string> = {
  "lib/briefs/probe-app.ts": "@/app/(app)/page",
  "lib/briefs/probe-components.ts": "@/components/ui/card",
  "lib/server/probe-components.ts": "@/components/ui/card",
  "lib/briefs/probe-parent.ts": "../followups/list",
  "lib/server/probe-parent.ts": "../briefs/service",
  "lib/briefs/probe-internal.ts": "@/lib/followups/list",
  "lib/monitoring/probe-not-excepted.ts": "@/lib/briefs/search",
  "lib/briefs/probe-boot.ts": "@/lib/boot/jobs",
  "lib/server/probe-domain.ts": "@/lib/briefs/service",
  "lib/time/probe-domain.ts": "@/lib/followups/schemas",
  "lib/reference/probe-domain.ts": "@/lib/countries/service",
  "lib/server/probe-boot.ts": "@/lib/boot/start",
  "app/probe-boot.ts": "@/lib/boot/start",
  "components/probe-boot.tsx": "@/lib/boot/database",
  "tests/probe-boot.ts": "@/lib/boot/jobs",
  "app/probe-authz.tsx": "canWorkspace from @/lib/server/authz",
  "components/probe-authz.tsx": "canInstitution from @/lib/server/authz",
  "app/probe-db.tsx": "db from @/lib/server/db",
  "app/api/probe-next-server.ts": "NextResponse from next/server",
  "app/api/probe-authz.ts": "canWorkspace from @/lib/server/authz",
  // Legal imports: none of these may be reported.
  "lib/briefs/probe-ok-service.ts": "@/lib/followups/service",
  "lib/briefs/probe-ok-schemas.ts": "@/lib/followups/schemas",
  "lib/briefs/probe-ok-sibling.ts": "./search",
  "lib/briefs/probe-ok-kernel.ts": "@/lib/server/db",
  "lib/briefs/probe-ok-forms.ts": "@/lib/forms/schemas",
  "lib/monitoring/probe-ok-exception.ts": "@/lib/briefs/visibility",
  "lib/bulletins/probe-ok-exception.ts": "@/lib/briefs/vocabulary",
  "lib/invitations/probe-ok-exception.ts": "@/lib/auth/password",
  "lib/server/probe-ok-kernel.ts": "@/lib/time/clock",
  "lib/server/probe-ok-sibling.ts": "./database/open",
  "lib/forms/probe-ok-kernel.ts": "@/lib/reference/country-names",
  "lib/boot/probe-ok-domain.ts": "@/lib/followups/reminders",
  "app/probe-ok.ts": "@/lib/followups/list",
  "app/api/probe-ok-health.ts": "getDatabaseHandle from @/lib/server/db",
};

let dir: string;
const reported = new Map<string, string[]>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "accord-import-rules-"));
  writeFileSync(path.join(dir, "biome.jsonc"), readFileSync(path.join(root, "biome.jsonc"), "utf8"));
  for (const [file, probe] of Object.entries(PROBES)) {
    const [name, from] = probe.includes(" from ") ? probe.split(" from ") : ["probe", probe];
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `import { ${name} } from "${from}";\n\nexport const used = ${name};\n`);
  }
  const { stdout } = await promisify(execFile)(
    biome,
    ["lint", "--vcs-enabled=false", "--reporter=json", "--max-diagnostics=none", ...Object.keys(PROBES)],
    { cwd: dir },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as {
    diagnostics: { category: string; message: string; location: { path: string } }[];
  };
  for (const d of report.diagnostics) {
    if (d.category !== "lint/style/noRestrictedImports") continue;
    reported.set(d.location.path, [...(reported.get(d.location.path) ?? []), d.message]);
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expectRefused = (file: string, message: string) => {
  expect(reported.get(file), `${file} importing ${PROBES[file]}`).toEqual([expect.stringContaining(message)]);
};

describe("import rules (biome.jsonc)", () => {
  it("lib/ never imports app/ or components/", () => {
    expectRefused("lib/briefs/probe-app.ts", MESSAGE.appOrComponents);
    expectRefused("lib/briefs/probe-components.ts", MESSAGE.appOrComponents);
    expectRefused("lib/server/probe-components.ts", MESSAGE.appOrComponents);
  });

  it("lib/ has no ../ imports, so no rule can be dodged", () => {
    expectRefused("lib/briefs/probe-parent.ts", MESSAGE.parent);
    expectRefused("lib/server/probe-parent.ts", MESSAGE.parent);
  });

  it("a domain reaches another only through service.ts, schemas.ts or a named exception", () => {
    expectRefused("lib/briefs/probe-internal.ts", MESSAGE.domain);
    expectRefused("lib/monitoring/probe-not-excepted.ts", MESSAGE.domain);
  });

  it("the shared kernel imports no domain", () => {
    expectRefused("lib/server/probe-domain.ts", MESSAGE.kernel);
    expectRefused("lib/time/probe-domain.ts", MESSAGE.kernel);
    expectRefused("lib/reference/probe-domain.ts", MESSAGE.kernel);
  });

  it("nothing but instrumentation.ts and the CLI imports lib/boot", () => {
    expectRefused("lib/briefs/probe-boot.ts", MESSAGE.domain);
    expectRefused("lib/server/probe-boot.ts", MESSAGE.kernel);
    expectRefused("app/probe-boot.ts", MESSAGE.boot);
    expectRefused("components/probe-boot.tsx", MESSAGE.boot);
    expectRefused("tests/probe-boot.ts", MESSAGE.boot);
  });

  it("pages and components never call the permission table or db()", () => {
    expectRefused("app/probe-authz.tsx", MESSAGE.permissionTable);
    expectRefused("components/probe-authz.tsx", MESSAGE.permissionTable);
    expectRefused("app/probe-db.tsx", MESSAGE.database);
    expectRefused("app/api/probe-authz.ts", MESSAGE.permissionTable);
  });

  it("route handlers answer through the one wrapper", () => {
    expectRefused("app/api/probe-next-server.ts", MESSAGE.routeWrapper);
  });

  it("lets the legal imports through", () => {
    const legal = Object.keys(PROBES).filter((file) => file.includes("probe-ok"));
    expect(legal.length).toBeGreaterThan(10);
    for (const file of legal) expect(reported.get(file), `${file} importing ${PROBES[file]}`).toBeUndefined();
  });
});
