import { LightField, type LabelPlacement } from './light-field';

export interface FilterOption<V extends string> {
  value: V;
  label: string;
}

interface SelectFilterProps<V extends string> {
  label: string;
  value: V | '';
  options: readonly FilterOption<V>[];
  /** The label of the empty choice, e.g. "Any status". */
  anyLabel: string;
  onChange: (value: V | '') => void;
  width?: number | undefined;
  /** `start` in a compact bar: the label before the select, on one line. */
  labelPlacement?: LabelPlacement | undefined;
}

/**
 * A list filter as a native select: the browser's own control is keyboard- and screen-reader
 * friendly and costs no menu or popover code on the page.
 */
export function SelectFilter<V extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
  width = 180,
  labelPlacement,
}: SelectFilterProps<V>) {
  return (
    <LightField label={label} width={width} labelPlacement={labelPlacement}>
      {(id) => (
        <select
          id={id}
          value={value}
          onChange={(event) => {
            const next = options.find((option) => option.value === event.target.value);
            onChange(next ? next.value : '');
          }}
        >
          <option value="">{anyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LightField>
  );
}

/** Options whose label is the value itself (codes such as `account.reveal`). */
export function plainOptions<V extends string>(values: readonly V[]): FilterOption<V>[] {
  return values.map((value) => ({ value, label: value }));
}
