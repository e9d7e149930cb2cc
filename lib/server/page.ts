import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/** Pages turn an out-of-scope record (NOT_FOUND or FORBIDDEN) into the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
