import type { ComponentProps, ReactNode } from "react";
import { cx } from "./class-names";

/** What a form control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

type FieldFrame = {
  label: ReactNode;
  /** Shown under the label, announced with the control. */
  hint?: ReactNode;
  /** Error messages from the server or the form; shown under the control. */
  error?: string[] | string;
  /** A marker after the label, e.g. "(optional)". */
  labelSuffix?: ReactNode;
  className?: string;
};

export const CONTROL_CLASSES =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs " +
  "placeholder:text-slate-400 focus:border-blue-700 focus:outline-2 focus:outline-offset-0 focus:outline-blue-700/30 " +
  "disabled:bg-slate-100 disabled:text-slate-500 aria-invalid:border-red-600";

function errorList(error: FieldFrame["error"]): string[] {
  if (!error) return [];
  return Array.isArray(error) ? error : [error];
}

/**
 * A label, an optional hint, a control and its errors, tied together with
 * `for`/`id` and `aria-describedby` so assistive technology reads them as one.
 */
export function Field({
  id,
  label,
  hint,
  error,
  labelSuffix,
  className,
  children,
}: FieldFrame & { id: string; children: (control: ControlProps) => ReactNode }) {
  const errors = errorList(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cx("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {/* A real space, so the accessible name reads "End (optional)", not "End(optional)". */}
        {labelSuffix && <> <span className="font-normal text-slate-500">{labelSuffix}</span></>}
      </label>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errors.length ? true : undefined })}
      {errorId && (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

type InputFieldProps = FieldFrame & Omit<ComponentProps<"input">, "id"> & { name: string; id?: string };

export function TextField({ label, hint, error, labelSuffix, className, id, name, ...input }: InputFieldProps) {
  return (
    <Field id={id ?? `field-${name}`} label={label} hint={hint} error={error} labelSuffix={labelSuffix} className={className}>
      {(control) => <input name={name} className={CONTROL_CLASSES} {...control} {...input} />}
    </Field>
  );
}

type TextAreaFieldProps = FieldFrame & Omit<ComponentProps<"textarea">, "id"> & { name: string; id?: string };

export function TextAreaField({ label, hint, error, labelSuffix, className, id, name, ...textarea }: TextAreaFieldProps) {
  return (
    <Field id={id ?? `field-${name}`} label={label} hint={hint} error={error} labelSuffix={labelSuffix} className={className}>
      {(control) => <textarea name={name} className={cx(CONTROL_CLASSES, "min-h-20")} {...control} {...textarea} />}
    </Field>
  );
}

export type SelectOption = { value: string; label: string };

type SelectFieldProps = FieldFrame &
  Omit<ComponentProps<"select">, "id" | "children"> & { name: string; id?: string; options: readonly SelectOption[] };

export function SelectField({ label, hint, error, labelSuffix, className, id, name, options, ...select }: SelectFieldProps) {
  return (
    <Field id={id ?? `field-${name}`} label={label} hint={hint} error={error} labelSuffix={labelSuffix} className={className}>
      {(control) => (
        <select name={name} className={CONTROL_CLASSES} {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type CheckboxGroupProps = {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string[] | string;
  name: string;
  options: readonly SelectOption[];
  /** Controlled: the checked values and a change handler. Uncontrolled: defaultValues. */
  values?: readonly string[];
  defaultValues?: readonly string[];
  onChange?: (values: string[]) => void;
  disabled?: boolean;
  className?: string;
};

/** Several checkboxes under one legend, e.g. a person's roles. */
export function CheckboxGroup({ legend, hint, error, name, options, values, defaultValues, onChange, disabled, className }: CheckboxGroupProps) {
  const errors = errorList(error);
  const hintId = hint ? `group-${name}-hint` : undefined;
  const errorId = errors.length ? `group-${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const toggle = (value: string, checked: boolean) => {
    if (!onChange || !values) return;
    onChange(checked ? [...values, value] : values.filter((existing) => existing !== value));
  };
  return (
    <fieldset className={cx("space-y-1", className)} aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <div className="space-y-1 pt-0.5">
        {options.map((option) => {
          const id = `group-${name}-${option.value}`;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                disabled={disabled}
                className="size-4 rounded border-slate-400 accent-blue-700"
                {...(values
                  ? { checked: values.includes(option.value), onChange: (event) => toggle(option.value, event.target.checked) }
                  : { defaultChecked: defaultValues?.includes(option.value) })}
              />
              <label htmlFor={id} className="text-sm text-slate-800">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      {errorId && (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
