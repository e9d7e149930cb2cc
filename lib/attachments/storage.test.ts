import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localStore, s3Store } from "./storage";

describe("attachment stores", () => {
  it("local: writes once, reads back, removes; refuses keys that could escape the directory", async () => {
    const store = localStore(mkdtempSync(path.join(os.tmpdir(), "accord-store-")));
    const key = "01234567-89ab-cdef-0123-456789abcdef";
    await store.put(key, new Uint8Array([1, 2, 3]), "application/pdf");
    expect(await store.get(key)).toEqual(new Uint8Array([1, 2, 3]));
    await expect(store.put(key, new Uint8Array([9]), "application/pdf")).rejects.toThrow();
    await store.remove(key);
    await expect(store.get(key)).rejects.toThrow();
    await expect(store.get("../../etc/passwd")).rejects.toThrow("invalid attachment key");
  });

  it("s3: sends signed path-style requests to the bucket", async () => {
    const requests: Request[] = [];
    const fakeFetch = (async (request: Request) => {
      requests.push(request);
      return new Response(request.method === "GET" ? new Uint8Array([7, 7]) : null, { status: 200 });
    }) as typeof fetch;
    const store = s3Store({
      endpoint: "https://s3.example.org/",
      bucket: "accord",
      region: "eu-west-1",
      accessKeyId: "AKID",
      secretAccessKey: "secret",
      fetch: fakeFetch,
    });
    await store.put("k1", new Uint8Array([1]), "image/png");
    expect(await store.get("k1")).toEqual(new Uint8Array([7, 7]));
    await store.remove("k1");
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "PUT https://s3.example.org/accord/k1",
      "GET https://s3.example.org/accord/k1",
      "DELETE https://s3.example.org/accord/k1",
    ]);
    expect(requests[0].headers.get("authorization")).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-1\/s3\/aws4_request/,
    );
  });
});
