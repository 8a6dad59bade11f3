import type { ReactNode } from 'react';
import './choiceButtons.css';

/** One button of a `ChoiceButtons` group. */
export interface ChoiceOption<T extends string> {
  readonly value: T;
  readonly label: ReactNode;
  /** Attributes the button carries besides its own, e.g. its test hook `{ 'data-lang': 'ja' }` or `lang`. */
  readonly attrs?: Readonly<Record<string, string>>;
}

/**
 * A small segmented switch: one toggle button per option, the chosen one `aria-pressed="true"`, in a
 * labelled group. Used for the page's language and colour theme.
 */
export function ChoiceButtons<T extends string>({
  label,
  options,
  value,
  onChoose,
}: {
  label: string;
  options: readonly ChoiceOption<T>[];
  value: T;
  onChoose: (value: T) => void;
}) {
  return (
    <div className="choice-buttons" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={o.value === value}
          onClick={() => onChoose(o.value)}
          {...o.attrs}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
