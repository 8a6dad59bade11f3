import type { Lang } from './lang';
import { en } from './messages/en';
import { ja } from './messages/ja';

/** Every message's key (the English table's keys; the Japanese table must have the same). */
export type MessageKey = keyof typeof en;

/** A message as a table holds it: a string, or a function of its parameters. */
type MessageShape<M> = M extends (params: infer P) => string ? (params: P) => string : string;

/** A whole table of messages in one language: every key, each with the English message's parameters. */
export type MessageTable = { readonly [K in MessageKey]: MessageShape<(typeof en)[K]> };

/** The parameters `t(key, …)` takes after the key: none for a plain string, one object otherwise. */
export type MessageArgs<K extends MessageKey> = MessageTable[K] extends (params: infer P) => string
  ? [params: P]
  : [];

/** `t(key, params?)`: a message in one language. */
export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

/** Both tables, by language. */
export const MESSAGES: Readonly<Record<Lang, MessageTable>> = { ja, en };

/** The message `key` in `lang`, filled with `params` where it takes some. */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  const message = MESSAGES[lang][key] as string | ((params: unknown) => string);
  return typeof message === 'function' ? message(args[0]) : message;
}

function translator(lang: Lang): Translate {
  return (key, ...args) => translate(lang, key, ...args);
}

/** One `t` per language, made once, so a component's `t` only changes when the language does. */
export const TRANSLATORS: Readonly<Record<Lang, Translate>> = { ja: translator('ja'), en: translator('en') };
