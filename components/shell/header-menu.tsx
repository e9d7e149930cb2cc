"use client";
// The header's layout on every screen: from the md breakpoint up, everything in view; on a
// phone, the brand and `always` on one line and a "Menu" button that shows the controls and
// the navigation, so the header does not take a third of the first screen. Closes on
// navigation and on Escape (focus back on the button).
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";

export function HeaderMenu({
  brand,
  always,
  controls,
  nav,
  label,
}: {
  brand: ReactNode;
  /** Shown on a phone beside the menu button (they are also among `controls` on larger screens). */
  always: ReactNode;
  controls: ReactNode;
  nav: ReactNode;
  label: string;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the page changes
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [open]);
  return (
    <>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:py-3">
        {brand}
        <div className="ml-auto flex items-center gap-1 md:hidden">
          {always}
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls={`${id}-controls ${id}-nav`}
            onClick={() => setOpen((o) => !o)}
            className="inline-flex items-center gap-1 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
              {open ? (
                <path d="M5.3 4.3 10 9l4.7-4.7 1 1L11 10l4.7 4.7-1 1L10 11l-4.7 4.7-1-1L9 10 4.3 5.3z" />
              ) : (
                <path d="M3 5h14v1.5H3zm0 4.25h14v1.5H3zm0 4.25h14V15H3z" />
              )}
            </svg>
            {label}
          </button>
        </div>
        <div
          id={`${id}-controls`}
          className={`${open ? "flex" : "hidden"} w-full flex-col items-start gap-3 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:gap-4`}
        >
          {controls}
        </div>
      </div>
      <div id={`${id}-nav`} className={`${open ? "block" : "hidden"} md:block`}>
        {nav}
      </div>
    </>
  );
}
