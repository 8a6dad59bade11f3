import type { Lang } from './lang';
import type { LangStore } from './langStore';
import { translate } from './translate';

function apply(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  doc.title = translate(lang, 'app.docTitle');
}

/**
 * Keeps `<html lang>` (what screen readers, fonts and line breaking go by) and the page title in the
 * store's language, now and on every change. Returns the way to stop.
 */
export function syncDocumentLang(store: LangStore, doc: Document = document): () => void {
  apply(doc, store.getState().value);
  return store.subscribe((s, prev) => {
    if (s.value !== prev.value) apply(doc, s.value);
  });
}
