// Filters are plain GET forms: every choice lands in the URL (a view can be bookmarked and
// shared) and they work before, or without, JavaScript. One markup for every page's filters.
import type { InputHTMLAttributes, ReactNode } from "react";
import { buttonClass } from "./button";
import { type SelectOption, SelectOptions } from "./select-options";
import { TextLink } from "./text-link";

const control = "block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";
const labelClass = "block text-xs font-medium text-slate-700";

export function FilterForm({
  label,
  apply,
  clear,
  action,
  search = false,
  className = "flex flex-wrap items-end gap-2",
  children,
}: {
  /** Names the form for assistive technology. */
  label: string;
  /** The submit button's text. */
  apply: string;
  /** A link that drops every filter. */
  clear?: { href: string; label: string };
  action?: string;
  /** Marks the form as the page's search (role="search"). */
  search?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} aria-label={label} role={search ? "search" : undefined} className={className}>
      {children}
      <div className="flex items-end gap-3">
        <button type="submit" className={buttonClass("secondary", "sm")}>
          {apply}
        </button>
        {clear && (
          <TextLink href={clear.href} className="pb-1 text-sm">
            {clear.label}
          </TextLink>
        )}
      </div>
    </form>
  );
}

/**
 * The one filter select: a label, an "any" option (value "") unless a choice is required, and
 * the current value read from the URL by the page.
 */
export function FilterSelect({
  name,
  label,
  any,
  value,
  options,
  id = `filter-${name}`,
}: {
  name: string;
  label: string;
  /** The option meaning "no filter"; leave out when a choice is required. */
  any?: string;
  value?: string;
  options: readonly SelectOption[];
  id?: string;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        {any !== undefined && <option value="">{any}</option>}
        <SelectOptions options={options} />
      </select>
    </div>
  );
}

/** A text, search or date filter, labelled like the selects beside it. */
export function FilterInput({
  name,
  label,
  value,
  id = `filter-${name}`,
  ...props
}: { name: string; label: string; value?: string; id?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "value" | "defaultValue" | "id"
>) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} defaultValue={value} className={control} {...props} />
    </div>
  );
}
