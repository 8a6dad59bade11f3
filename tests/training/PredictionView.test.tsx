// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PredictionView } from '../../src/training/PredictionView';

afterEach(cleanup);

describe('PredictionView', () => {
  it('names the most probable digit and gives each class its probability', () => {
    const p = [0.01, 0.02, 0.03, 0.6, 0.04, 0.1, 0.05, 0.05, 0.05, 0.05];
    const { container } = render(<PredictionView probabilities={p} />);
    expect(container.querySelector('[data-prediction]')?.getAttribute('data-prediction')).toBe('3');
    const bars = container.querySelectorAll('[data-class]');
    expect(bars).toHaveLength(10);
    expect(bars[3].getAttribute('data-value')).toBe('0.6');
    expect(bars[3].textContent).toContain('60.0%');
  });

  it('explains what to do when there is nothing to predict yet', () => {
    const { container } = render(<PredictionView probabilities={null} />);
    expect(container.querySelector('[data-prediction]')).toBeNull();
    expect(container.textContent).toContain('Draw a digit and start training');
  });
});
