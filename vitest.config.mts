import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/**/*.test.ts", "prisma/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // PGlite instances are memory-hungry WASM; two files at a time fits 2 cores well.
    maxWorkers: 2,
    env: {
      ACCORD_BASE_URL: "http://accord.test",
      ATTACHMENTS_DIR: path.join(os.tmpdir(), "accord-test-attachments"),
      NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123456789",
    },
  },
});
