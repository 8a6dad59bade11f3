import { memo, useEffect, useRef } from 'react';
import { Bi } from './Bi';
import type { TrainingClient } from './trainingClient';
import { useView } from './useView';
import { gridSize, weightGrid } from './weightImages';

/** Tiles per row of the grid, and the gap between tiles in image pixels. */
const PER_ROW = 10;
const GAP = 2;
/** More hidden units than this are not drawn (the grid would be unreadable). */
const MAX_TILES = 200;

interface Props {
  readonly client: TrainingClient;
  readonly rows: number;
  readonly cols: number;
}

/**
 * W1's columns, one rows×cols tile per hidden unit, redrawn whenever the run's view has a new snapshot: the
 * whole grid is painted into one reused ImageData and put on the canvas in one call.
 */
export const WeightImages = memo(function WeightImages({ client, rows, cols }: Props) {
  const snapshot = useView(client, (v) => v.snapshot);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const imageRef = useRef<ImageData | null>(null);
  const tiles = snapshot ? Math.min(snapshot.hiddenSize, MAX_TILES) : 0;
  const { width, height } = gridSize(tiles, { perRow: PER_ROW, rows, cols, gap: GAP });

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx || !snapshot || snapshot.inputSize !== rows * cols || tiles === 0) return;
    let image = imageRef.current;
    if (!image || image.width !== width || image.height !== height) {
      image = imageRef.current = ctx.createImageData(width, height);
    }
    const grid = { perRow: PER_ROW, rows, cols, gap: GAP };
    weightGrid(snapshot.W1, snapshot.inputSize, snapshot.hiddenSize, tiles, grid, image.data);
    ctx.putImageData(image, 0, 0);
  }, [snapshot, rows, cols, tiles, width, height]);

  return (
    <figure className="weight-images" data-weights={snapshot ? snapshot.step : ''}>
      <figcaption>
        <Bi
          ja={`W1 の各列（隠れ層の各ニューロンが各画素に掛ける重み）を ${rows}×${cols} の画像にしたもの。赤は正、青は負。`}
          en={`Each column of W1 (the weights one hidden unit gives each pixel) as a ${rows}×${cols} image: red positive, blue negative.`}
        />
        {snapshot && snapshot.hiddenSize > MAX_TILES && ` (${MAX_TILES} / ${snapshot.hiddenSize})`}
      </figcaption>
      {snapshot ? (
        <canvas
          ref={canvasRef}
          width={width}
          height={height}
          style={{ width: width * 2, maxWidth: '100%' }}
        />
      ) : (
        <p className="weight-empty">
          <Bi ja="学習を始めると表示されます。" en="Shown once training starts." />
        </p>
      )}
    </figure>
  );
});
