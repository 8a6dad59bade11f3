import type { CostCode, CostParams } from '../../engine';
import { shapeText } from '../../engine';
import { useT } from '../../i18n/useT';

/** One of the page's output caps, as a derived value carries it (see store/selectors/limits.ts). */
export interface OutputCap {
  readonly code: CostCode;
  readonly params: CostParams;
}

const count = (n: number): string => n.toLocaleString('en');

/**
 * Why a value is not shown, in its place (`role="alert"`): NumPy's own message, in English as NumPy
 * prints it whatever the page's language; or, for an output past the page's caps, the page's own words in
 * the page's language.
 */
export function ErrorText({ error, cap }: { error: string; cap?: OutputCap }) {
  const t = useT();
  if (!cap) {
    return (
      <p className="mx-error" role="alert" lang="en">
        {error}
      </p>
    );
  }
  const { needed, limit, shape } = cap.params;
  const text =
    cap.code === 'output-too-large'
      ? t('output.tooLarge', { shape: shapeText(shape ?? []), count: count(needed), limit: count(limit) })
      : t('output.tooCostly', { count: count(needed), limit: count(limit) });
  return (
    <p className="mx-error" role="alert" data-output-cap={cap.code}>
      {text}
    </p>
  );
}
