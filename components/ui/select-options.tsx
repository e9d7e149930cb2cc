// The <option> list of every native select (filters, form fields, the header's switchers).
export interface SelectOption {
  value: string;
  label: string;
  /** The option's language, when it is a name in its own language (the language switch). */
  lang?: string;
}

export function SelectOptions({ options }: { options: readonly SelectOption[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value} lang={o.lang}>
      {o.label}
    </option>
  ));
}
