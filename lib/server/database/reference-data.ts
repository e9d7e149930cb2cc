// Reference data every database needs (countries), synced after migrations at start and in
// tests: inserts new codes and updates regions, so a package update flows in on restart.
import { countryRegions } from "@/lib/reference/country-regions";
import type { SqlConnection } from "./migrate";

export async function syncReferenceData(raw: SqlConnection): Promise<void> {
  const rows = countryRegions();
  const values = rows.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2})`).join(", ");
  await raw.query(
    `INSERT INTO "Country" (code, region) VALUES ${values} ON CONFLICT (code) DO UPDATE SET region = EXCLUDED.region WHERE "Country".region <> EXCLUDED.region`,
    rows.flatMap((r) => [r.code, r.region]),
  );
}
