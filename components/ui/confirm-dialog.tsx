"use client";
// Asks before an irreversible or destructive step, then submits the server-action form it
// guards. React Aria's modal traps focus, Escape and Cancel close it without a change, and
// focus returns to the button that opened it.
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { type ButtonVariant, buttonClass } from "./button";

export function ConfirmDialog({
  formId,
  trigger,
  triggerLabel,
  variant = "danger",
  size = "sm",
  isDisabled = false,
  title,
  children,
  confirmLabel,
  askWhen,
}: {
  /** The id of the form to submit once confirmed. */
  formId: string;
  /** What the button that opens the dialog shows. */
  trigger: ReactNode;
  /** The button's accessible name when `trigger` is a symbol ("×"). */
  triggerLabel?: string;
  variant?: ButtonVariant;
  size?: "sm" | "md";
  isDisabled?: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  /** Ask only when the form's data calls for it (e.g. a final status); otherwise submit at once. */
  askWhen?: (data: FormData) => boolean;
}) {
  const t = useTranslations("ui");
  const [isOpen, setOpen] = useState(false);
  const form = () => document.getElementById(formId) as HTMLFormElement | null;
  const onOpenChange = (open: boolean) => {
    const guarded = form();
    if (open && askWhen && guarded && !askWhen(new FormData(guarded))) {
      guarded.requestSubmit();
      return;
    }
    setOpen(open);
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <Button className={buttonClass(variant, size)} isDisabled={isDisabled} aria-label={triggerLabel}>
        {trigger}
      </Button>
      <ModalOverlay className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4">
        <Modal className="w-full max-w-md rounded-lg bg-white p-6 shadow-xl">
          <Dialog role="alertdialog" className="outline-none">
            {({ close }) => (
              <>
                <Heading slot="title" className="text-lg font-semibold text-slate-900">
                  {title}
                </Heading>
                <div className="mt-2 space-y-2 text-sm text-slate-700">{children}</div>
                <div className="mt-6 flex flex-wrap justify-end gap-2">
                  <Button className={buttonClass("secondary")} onPress={close} autoFocus>
                    {t("cancel")}
                  </Button>
                  <Button
                    className={buttonClass(variant === "danger" ? "destructive" : "primary")}
                    onPress={() => {
                      form()?.requestSubmit();
                      close();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
