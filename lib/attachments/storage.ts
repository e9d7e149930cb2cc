import "server-only";
// Where attachment bytes live: a local directory outside the web root (default
// ./.data/attachments) or an S3-compatible bucket (S3_* variables). Keys are random ids, never
// user-supplied names. Files are served only through the authorized download route.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import { dataDirPath, serverEnv } from "@/lib/server/env";

export interface AttachmentStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  remove(key: string): Promise<void>;
}

export function localStore(dir: string): AttachmentStore {
  const file = (key: string) => {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error("invalid attachment key");
    return path.join(dir, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), bytes, { flag: "wx" });
    },
    async get(key) {
      return new Uint8Array(await readFile(file(key)));
    },
    async remove(key) {
      await rm(file(key), { force: true });
    },
  };
}

export function s3Store(options: {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  fetch?: typeof fetch;
}): AttachmentStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    region: options.region,
    service: "s3",
  });
  const url = (key: string) => `${options.endpoint.replace(/\/$/, "")}/${options.bucket}/${encodeURIComponent(key)}`;
  const send = async (key: string, init: RequestInit) => {
    const request = await client.sign(url(key), init);
    const response = await (options.fetch ?? fetch)(request);
    if (!response.ok && response.status !== 404) throw new Error(`S3 ${init.method} ${key} failed: ${response.status}`);
    return response;
  };
  return {
    async put(key, bytes, contentType) {
      await send(key, { method: "PUT", body: bytes as unknown as BodyInit, headers: { "content-type": contentType } });
    },
    async get(key) {
      const response = await send(key, { method: "GET" });
      if (response.status === 404) throw new Error(`S3 object ${key} is missing`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async remove(key) {
      await send(key, { method: "DELETE" });
    },
  };
}

export function attachmentStore(): AttachmentStore {
  const env = serverEnv();
  if (env.S3_BUCKET) {
    return s3Store({
      endpoint: env.S3_ENDPOINT!,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID!,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    });
  }
  return localStore(path.resolve(env.ATTACHMENTS_DIR ?? path.join(dataDirPath(env), "attachments")));
}
