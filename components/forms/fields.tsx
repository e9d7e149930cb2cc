"use client";
import {
  type ButtonHTMLAttributes,
  type ComponentProps,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";
import { type ButtonVariant, buttonClass } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { MultiSelect } from "@/components/ui/multi-select";
import { SearchSelect } from "@/components/ui/search-select";
import { SelectOptions } from "@/components/ui/select-options";
import { useFormState } from "./action-form-view";
import { useServerMessage } from "./messages";

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

function useField(name: string) {
  const { state, formId } = useFormState();
  const message = useServerMessage();
  const errors = state.status === "error" ? (state.fieldErrors[name] ?? []) : [];
  const value = state.status === "error" ? state.values[name] : undefined;
  return {
    errors: errors.map(message),
    value,
    key: `${formId}-${name}-${state.status === "error" ? JSON.stringify(state.values) : "x"}`,
  };
}

function FieldShell({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: string[];
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors.map((error) => (
        <p key={error} id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  defaultValue,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { name: string; label: ReactNode; hint?: ReactNode }) {
  const id = useId();
  const { errors, value, key } = useField(name);
  const isPassword = props.type === "password";
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input
        key={key}
        id={id}
        name={name}
        defaultValue={isPassword ? undefined : (value ?? defaultValue)}
        aria-invalid={errors.length > 0}
        aria-describedby={
          [hint ? `${id}-hint` : "", errors.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
        }
        className={inputClass}
        {...props}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  defaultValue,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: ReactNode; hint?: ReactNode }) {
  const id = useId();
  const { errors, value, key } = useField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea
        key={key}
        id={id}
        name={name}
        defaultValue={value ?? defaultValue}
        aria-invalid={errors.length > 0}
        className={inputClass}
        rows={3}
        {...props}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  hint,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  const { errors, value, key } = useField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <select
        key={key}
        id={id}
        name={name}
        defaultValue={value ?? defaultValue}
        aria-invalid={errors.length > 0}
        className={inputClass}
        {...props}
      >
        <SelectOptions options={options} />
      </select>
    </FieldShell>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
  size = "md",
  pendingLabel,
  ...props
}: {
  children: ReactNode;
  variant?: ButtonVariant;
  size?: "sm" | "md";
  pendingLabel?: string;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type">) {
  const { pending } = useFormState();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, size)} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** The searchable multiple choice of a form, with the field errors from the form's state. */
export function MultiSelectField(
  props: Omit<ComponentProps<typeof MultiSelect>, "errors" | "value" | "onChange"> & { name: string },
) {
  const { errors } = useField(props.name);
  return <MultiSelect errors={errors} {...props} />;
}

/** The searchable single choice of a form (a long list), with the field errors from the form's state. */
export function SearchSelectField(props: Omit<ComponentProps<typeof SearchSelect>, "errors">) {
  const { errors } = useField(props.name);
  return <SearchSelect errors={errors} {...props} />;
}

/** The submit button of an irreversible or destructive form: it asks first (ConfirmDialog). */
export function ConfirmSubmit(props: Omit<ComponentProps<typeof ConfirmDialog>, "formId" | "isDisabled">) {
  const { pending, formId } = useFormState();
  return <ConfirmDialog formId={formId} isDisabled={pending} {...props} />;
}
