import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { DType, Tensor } from '../../engine';
import { useLang, useT } from '../../i18n/useT';
import '../matrix.css';
import { gridShapeOf } from '../MatrixView/gridShape';
import { numpyTextOf } from '../MatrixView/numpyText';
import { ShapeBadge } from '../MatrixView/ShapeBadge';
import { switchDtype } from './dtypeSwitch';
import { EditorGrid } from './EditorGrid';
import { wordsOf, type Said } from './said';
import { addCol, addRow, removeCol, removeRow } from './gridEdit';
import { randomTensor } from './randomFill';
import { TextMode } from './TextMode';
import { Toolbar, type ToolbarAction } from './Toolbar';

const ALL_DTYPES: readonly DType[] = ['float64', 'int64', 'bool'];

/** Props of `MatrixEditor`. */
export interface MatrixEditorProps {
  /** The book's name for the array (`x`, `W`, …): the `data-matrix` and `data-numpy-input` hook. */
  name: string;
  label?: string;
  /** The value in force. */
  value: Tensor;
  /** What Reset goes back to. */
  seedValue: Tensor;
  /** Receives every valid new value; invalid entries never reach it. */
  onCommit: (t: Tensor) => void;
  /** Seed of the first Randomise; each further click uses the next seed. */
  randomSeed?: number;
  allowedDtypes?: readonly DType[];
}

/**
 * An editable matrix: a keyboard grid (0-d, 1-D and 2-D), NumPy text mode (any shape), dtype choice,
 * add/remove rows and columns, seeded randomise and reset. The root carries `data-matrix` and
 * `data-numpy` (exactly `str()` of the value in force).
 */
export function MatrixEditor({
  name,
  label,
  value,
  seedValue,
  onCommit,
  randomSeed = 0,
  allowedDtypes = ALL_DTYPES,
}: MatrixEditorProps) {
  const title = label ?? name;
  const grid = gridShapeOf(value);
  const [textOpen, setTextOpen] = useState(false);
  // Bumped by whole-matrix actions so the grid (and, for toolbar actions, the text box) starts again
  // without stale drafts.
  const [epoch, setEpoch] = useState(0);
  // Whether the grid holds an invalid draft: the only draft a text commit can find there, since leaving a
  // box commits a valid one.
  const gridInvalid = useRef(false);
  const onGridInvalid = useCallback((invalid: boolean) => {
    gridInvalid.current = invalid;
  }, []);
  const [textEpoch, setTextEpoch] = useState(0);
  const [rolls, setRolls] = useState(0);
  const headingId = useId();
  const textId = useId();
  const t = useT();
  const lang = useLang();
  // Why the last dtype switch was refused (the value stays), until the next switch.
  const [dtypeError, setDtypeError] = useState<Said | null>(null);

  const latest = useRef({ value, seedValue, onCommit, seed: randomSeed + rolls });
  useLayoutEffect(() => {
    latest.current = { value, seedValue, onCommit, seed: randomSeed + rolls };
  }, [value, seedValue, onCommit, randomSeed, rolls]);

  // Opening text mode on request moves the focus into it.
  const focusText = useRef(false);
  useEffect(() => {
    if (focusText.current && textOpen) document.getElementById(textId)?.focus();
    focusText.current = false;
  }, [textOpen, textId]);

  const replace = useCallback((t: Tensor) => {
    setEpoch((e) => e + 1);
    setTextEpoch((e) => e + 1);
    latest.current.onCommit(t);
  }, []);
  const commitText = useCallback((t: Tensor) => {
    // Only a stale draft is worth a new grid: rebuilding one (a 64×64 grid has 36 inputs) costs the
    // edit more than everything else it changes; otherwise the boxes are refilled with the new texts.
    if (gridInvalid.current) setEpoch((e) => e + 1);
    latest.current.onCommit(t);
  }, []);
  const onAction = useCallback(
    (action: ToolbarAction) => {
      const { value: v, seedValue: seedV, onCommit: commit, seed } = latest.current;
      switch (action) {
        case 'addRow':
          return commit(addRow(v));
        case 'removeRow':
          return commit(removeRow(v));
        case 'addCol':
          return commit(addCol(v));
        case 'removeCol':
          return commit(removeCol(v));
        case 'randomise':
          setRolls((n) => n + 1);
          return replace(randomTensor(v.shape, v.dtype, seed));
        case 'reset':
          return replace(seedV);
        case 'toggleText':
          focusText.current = true;
          return setTextOpen((open) => !open);
      }
    },
    [replace],
  );
  const onDtype = useCallback(
    (dtype: DType) => {
      const result = switchDtype(latest.current.value, dtype);
      setDtypeError(result.ok ? null : result.message);
      if (result.ok) replace(result.tensor);
    },
    [replace],
  );

  const textShown = textOpen || grid === null;
  return (
    <div
      className="mx mx--editor"
      role="group"
      aria-labelledby={headingId}
      data-matrix={name}
      data-numpy={numpyTextOf(value)}
    >
      <div className="mx-head">
        <span className="mx-name" id={headingId}>
          {title}
        </span>
        <ShapeBadge shape={value.shape} dtype={value.dtype} />
      </div>
      <Toolbar
        name={name}
        label={title}
        dtype={value.dtype}
        allowedDtypes={allowedDtypes.includes(value.dtype) ? allowedDtypes : [value.dtype, ...allowedDtypes]}
        rows={value.ndim === 0 ? null : (grid?.rows ?? null)}
        cols={value.ndim === 0 ? null : (grid?.cols ?? null)}
        hasRows={value.ndim === 2}
        textOpen={textShown}
        textId={textId}
        onAction={onAction}
        onDtype={onDtype}
      />
      {dtypeError !== null && (
        <p className="mx-error" role="alert">
          {wordsOf(dtypeError, lang)}
        </p>
      )}
      {grid !== null ? (
        <EditorGrid
          key={`grid-${epoch}`}
          name={name}
          label={t('matrix.values', { label: title })}
          value={value}
          grid={grid}
          onCommit={onCommit}
          onInvalidChange={onGridInvalid}
        />
      ) : (
        <p className="mx-note">{t('matrix.ndEditable', { ndim: value.ndim })}</p>
      )}
      {textShown && (
        <TextMode
          key={`text-${textEpoch}`}
          name={name}
          label={title}
          text={numpyTextOf(value)}
          id={textId}
          allowedDtypes={allowedDtypes}
          onCommit={commitText}
        />
      )}
    </div>
  );
}
