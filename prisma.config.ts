import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `prisma generate`; migrations are made and applied by
// scripts/db-migration.ts and lib/server/database/migrate.ts (no native schema engine here).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
