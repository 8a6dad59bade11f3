import { usePick } from '../i18n/useT';
import { Bi } from './Bi';
import type { TrainingClient, TrainingView } from './trainingClient';
import { useView } from './useView';

interface Props {
  readonly client: TrainingClient;
  readonly canStart: boolean;
  readonly onStart: () => void;
  readonly onPause: () => void;
  readonly onReset: () => void;
}

const STATUS: Record<TrainingView['status'], { ja: string; en: string }> = {
  loading: { ja: 'データを読み込み中…', en: 'loading the digits…' },
  idle: { ja: '待機中', en: 'ready' },
  running: { ja: '学習中', en: 'training' },
  paused: { ja: '一時停止中', en: 'paused' },
  done: { ja: '完了', en: 'finished' },
  error: { ja: 'エラー', en: 'error' },
};

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(2)}%`);

/**
 * Start / pause / reset, the progress bar, and the run's figures (each with a test hook): the part of
 * the panel that re-renders with every progress report.
 */
export function TrainingControls({ client, canStart, onStart, onPause, onReset }: Props) {
  const pick = usePick();
  const view = useView(client, (v) => v);
  const paused = view.status === 'paused';
  const ready = view.status !== 'loading' && view.status !== 'error';
  const status = STATUS[view.status];
  return (
    <div className="train-controls">
      <div className="train-buttons">
        <button
          type="button"
          data-train="start"
          onClick={onStart}
          disabled={!ready || view.status === 'running' || (!paused && !canStart)}
        >
          {paused ? <Bi ja="再開" en="Resume" /> : <Bi ja="学習開始" en="Start" />}
        </button>
        <button type="button" data-train="pause" onClick={onPause} disabled={view.status !== 'running'}>
          <Bi ja="一時停止" en="Pause" />
        </button>
        <button
          type="button"
          data-train="reset"
          onClick={onReset}
          disabled={!ready || view.status === 'idle'}
        >
          <Bi ja="リセット" en="Reset" />
        </button>
        <span className="train-status" role="status" data-train-status={view.status}>
          <Bi ja={status.ja} en={status.en} />
        </span>
      </div>
      <progress
        className="train-progress"
        data-train="progress"
        max={Math.max(1, view.iterations)}
        value={view.step}
        aria-label={pick({ ja: '学習の進み具合', en: 'training progress' })}
      />
      <dl className="train-metrics">
        <Metric
          name="step"
          value={view.step}
          ja="ステップ"
          en="step"
          text={`${view.step} / ${view.iterations}`}
        />
        <Metric name="epoch" value={view.epoch} ja="エポック" en="epoch" text={view.epoch.toFixed(2)} />
        <Metric
          name="loss"
          value={view.loss}
          ja="損失"
          en="loss"
          text={view.loss === null ? '—' : view.loss.toFixed(4)}
        />
        <Metric
          name="train-accuracy"
          value={view.trainAcc}
          ja="訓練データの精度"
          en="train accuracy"
          text={percent(view.trainAcc)}
        />
        <Metric
          name="test-accuracy"
          value={view.testAcc}
          ja="テストデータの精度"
          en="test accuracy"
          text={percent(view.testAcc)}
        />
        <Metric
          name="elapsed"
          value={view.elapsedMs / 1000}
          ja="経過時間"
          en="elapsed"
          text={`${(view.elapsedMs / 1000).toFixed(1)} s`}
        />
      </dl>
      {view.error && (
        <p role="alert" className="train-error" lang="en">
          {view.error}
        </p>
      )}
    </div>
  );
}

interface MetricProps {
  readonly name: string;
  readonly value: number | null;
  readonly ja: string;
  readonly en: string;
  readonly text: string;
}

/** One figure: `data-metric` names it, `data-value` holds the plain number (empty when unknown). */
function Metric({ name, value, ja, en, text }: MetricProps) {
  return (
    <div className="train-metric" data-metric={name} data-value={value === null ? '' : String(value)}>
      <dt>
        <Bi ja={ja} en={en} />
      </dt>
      <dd>{text}</dd>
    </div>
  );
}
