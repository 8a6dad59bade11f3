import { describe, expect, it } from 'vitest';
import { loadedTexRenderer, loadTexRenderer } from '../../src/formulas/loadTexRenderer';

describe('loadTexRenderer', () => {
  it('loads KaTeX once, however often it is asked, and has no renderer before that', async () => {
    expect(loadedTexRenderer()).toBeNull();
    const first = loadTexRenderer();
    expect(loadTexRenderer()).toBe(first);
    const render = await first;
    expect(render).toBeTypeOf('function');
    expect(loadedTexRenderer()).toBe(render);
  });

  it('resolves to a renderer that writes HTML and MathML, inline or displayed', async () => {
    const render = (await loadTexRenderer())!;
    expect(render('x^2', false)).toMatch(/<math[^>]*>.*<msup>/s);
    expect(render('x^2', false)).toContain('class="katex-html" aria-hidden="true"');
    expect(render('x^2', true)).toContain('katex-display');
  });
});
