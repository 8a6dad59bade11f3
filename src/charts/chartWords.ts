import type { Bilingual } from '../i18n/bilingual';

/** Words more than one chart uses (each chart keeps its own words beside its builder). */

/** The label of row `i` of a matrix, e.g. on a bar chart's grouping axis. */
export const rowLabel = (i: number): Bilingual => ({ ja: `${i} 行目`, en: `row ${i}` });

/** The note where an output would be drawn while NumPy raises for it (its error is shown with the numbers). */
export const notComputed = (name: string): Bilingual => ({
  ja: `${name} は計算できません（上のエラーを参照）`,
  en: `${name} cannot be computed: see the error above`,
});
