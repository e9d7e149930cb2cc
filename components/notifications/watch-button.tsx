"use client";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import type { WatchTarget } from "@/lib/generated/prisma/enums";
import { setWatchAction } from "@/lib/watches/actions";

/** Watch or stop watching anything watchable; the button says which and is a toggle. */
export function WatchButton({
  target,
  targetKey,
  watching,
  label,
  unlabel,
  name,
}: {
  target: WatchTarget;
  targetKey: string;
  watching: boolean;
  label: string;
  unlabel: string;
  /** The form's accessible name when the button's text alone is ambiguous (in a list). */
  name?: string;
}) {
  return (
    <ActionForm
      id={`watch-${target}-${targetKey}`}
      action={setWatchAction}
      label={name ?? (watching ? unlabel : label)}
      className="inline-block"
      resetOnSuccess={false}
    >
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetKey" value={targetKey} />
      <input type="hidden" name="watching" value={watching ? "false" : "true"} />
      <SubmitButton variant="secondary" aria-pressed={watching} aria-label={name}>
        {watching ? unlabel : label}
      </SubmitButton>
    </ActionForm>
  );
}
