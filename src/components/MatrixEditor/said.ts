import type { ParseIssue } from '../../engine';
import type { Lang } from '../../i18n/lang';
import { MESSAGES, type MessageKey, type MessageTable } from '../../i18n/translate';
import { parseReason } from './parseWords';

/**
 * A message the editor shows, kept as data and worded only when it is drawn, so an error on screen
 * follows a language switch: a message key of the i18n tables with its params (a param may itself be a
 * message), a parser refusal (`{ code, params }`), or NumPy's own words (the same in both languages).
 */
export type Said =
  | { readonly key: MessageKey; readonly params?: Readonly<Record<string, unknown>> }
  | { readonly parse: ParseIssue }
  | { readonly numpy: string };

type ParamsOf<K extends MessageKey> = MessageTable[K] extends (params: infer P) => string ? P : never;
/** A key's params, where any of them may be a message worded when shown. */
type SaidParams<P> = { readonly [N in keyof P]: P[N] | Said };

/** `said('entry.empty')`, `said('paste.at', { row, column, message: said(...) })`: a message as data. */
export function said<K extends MessageKey>(
  key: K,
  ...args: ParamsOf<K> extends never ? [] : [params: SaidParams<ParamsOf<K>>]
): Said {
  return args.length ? { key, params: args[0] as Record<string, unknown> } : { key };
}

const isSaid = (v: unknown): v is Said =>
  typeof v === 'object' && v !== null && ('key' in v || 'parse' in v || 'numpy' in v);

/** The message in `lang`. */
export function wordsOf(message: Said, lang: Lang): string {
  if ('numpy' in message) return message.numpy;
  if ('parse' in message) return parseReason(message.parse, lang);
  const entry = MESSAGES[lang][message.key] as string | ((params: unknown) => string);
  if (typeof entry === 'string') return entry;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = isSaid(value) ? wordsOf(value, lang) : value;
  }
  return entry(params);
}

/** Whether two messages say the same (so a state update can be skipped). */
export function sameSaid(a: Said | null | undefined, b: Said | null | undefined): boolean {
  return a === b || (a != null && b != null && JSON.stringify(a) === JSON.stringify(b));
}
