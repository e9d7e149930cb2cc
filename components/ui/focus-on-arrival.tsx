"use client";
import { useEffect } from "react";

/**
 * Brings the element with this id into view and focus once, when a link asked for it
 * (`?focus=…`). A fragment (#id) would scroll by itself, but it never reaches the server, so it
 * is lost when the link leads through sign-in; a query survives (lib/server/sign-in-target.ts).
 * The element needs tabIndex={-1} to take focus.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    const element = document.getElementById(targetId);
    if (!element) return;
    element.scrollIntoView({ block: "start" });
    element.focus({ preventScroll: true });
  }, [targetId]);
  return null;
}
