import { serverEnv } from "./env";

export function absoluteUrl(pathname: string): string {
  return `${serverEnv().baseUrl}${pathname}`;
}
