import { usePick } from '../i18n/useT';
import { memo, useEffect, useRef } from 'react';
import { Bi } from './Bi';
import { FIELD, toMnistInput } from './downsample';

/** Canvas side in pixels, and the pen width: about an MNIST stroke once scaled to the 20×20 box. */
const SIZE = 280;
const PEN = 22;
/** While drawing, the digit is re-read at most this often. */
const LIVE_MS = 150;

interface Props {
  /** The drawing as an MNIST input (28×28 in [0, 1]), or null once cleared. */
  readonly onInput: (pixels: Float32Array | null) => void;
}

/** A pad to draw a digit with mouse, touch or pen; shows the 28×28 input the network sees. */
export const DrawingPad = memo(function DrawingPad({ onInput }: Props) {
  const pick = usePick();
  const padRef = useRef<HTMLCanvasElement>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const lastRead = useRef(0);

  // Read back after every stroke: the first getContext call must say so for the fast path.
  const pad = () => padRef.current?.getContext('2d', { willReadFrequently: true }) ?? null;

  const read = () => {
    const ctx = pad();
    if (!ctx) return;
    const rgba = ctx.getImageData(0, 0, SIZE, SIZE).data;
    const ink = new Float32Array(SIZE * SIZE);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4 + 3] / 255;
    const input = toMnistInput(ink, SIZE, SIZE);
    drawPreview(previewRef.current, input);
    onInput(input.some((v) => v > 0) ? input : null);
  };

  useEffect(() => drawPreview(previewRef.current, new Float32Array(FIELD * FIELD)), []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return {
      x: ((e.clientX - rect.left) / rect.width) * SIZE,
      y: ((e.clientY - rect.top) / rect.height) * SIZE,
    };
  };
  const stroke = (from: { x: number; y: number }, to: { x: number; y: number }) => {
    const ctx = pad();
    if (!ctx) return;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = PEN;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  };

  return (
    <div className="drawing">
      <canvas
        ref={padRef}
        className="drawing-pad"
        data-drawing-pad=""
        width={SIZE}
        height={SIZE}
        aria-label={pick({ ja: '手書き入力: 数字を描いてください', en: 'Drawing pad: draw a digit' })}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          last.current = point(e);
          stroke(last.current, last.current);
        }}
        onPointerMove={(e) => {
          if (!last.current) return;
          const p = point(e);
          stroke(last.current, p);
          last.current = p;
          if (performance.now() - lastRead.current > LIVE_MS) {
            lastRead.current = performance.now();
            read();
          }
        }}
        onPointerUp={() => {
          last.current = null;
          read();
        }}
        onPointerCancel={() => (last.current = null)}
      />
      <div className="drawing-side">
        <canvas
          ref={previewRef}
          className="drawing-preview"
          width={FIELD}
          height={FIELD}
          aria-label={pick({ ja: '28×28 の入力', en: '28×28 input' })}
        />
        <button
          type="button"
          data-train="clear-drawing"
          onClick={() => {
            pad()?.clearRect(0, 0, SIZE, SIZE);
            read();
          }}
        >
          <Bi ja="消す" en="Clear" />
        </button>
      </div>
    </div>
  );
});

/** The 28×28 input drawn as MNIST shows it: white ink on black. */
function drawPreview(canvas: HTMLCanvasElement | null, input: Float32Array): void {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(FIELD, FIELD);
  for (let i = 0; i < input.length; i++) {
    const v = Math.round(input[i] * 255);
    image.data.set([v, v, v, 255], i * 4);
  }
  ctx.putImageData(image, 0, 0);
}
