import { memo, useEffect, useRef } from 'react';
import { Bi } from './Bi';
import type { WeightSnapshot } from './trainingClient';
import { columnImage, tileOrigin } from './weightImages';

/** Tiles per row of the grid, and the gap between tiles in image pixels. */
const PER_ROW = 10;
const GAP = 2;
/** More hidden units than this are not drawn (the grid would be unreadable). */
const MAX_TILES = 200;

interface Props {
  readonly snapshot: WeightSnapshot | null;
  readonly rows: number;
  readonly cols: number;
}

/** W1's columns, one rows×cols tile per hidden unit, redrawn whenever the worker sends a snapshot. */
export const WeightImages = memo(function WeightImages({ snapshot, rows, cols }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tiles = snapshot ? Math.min(snapshot.hiddenSize, MAX_TILES) : 0;
  const gridRows = Math.ceil(tiles / PER_ROW);
  const width = Math.min(tiles, PER_ROW) * (cols + GAP) - GAP;
  const height = gridRows * (rows + GAP) - GAP;

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx || !snapshot || snapshot.inputSize !== rows * cols) return;
    ctx.clearRect(0, 0, width, height);
    const image = ctx.createImageData(cols, rows);
    for (let j = 0; j < tiles; j++) {
      columnImage(snapshot.W1, snapshot.inputSize, snapshot.hiddenSize, j, image.data);
      const { x, y } = tileOrigin(j, PER_ROW, cols, GAP);
      ctx.putImageData(image, x, y);
    }
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
