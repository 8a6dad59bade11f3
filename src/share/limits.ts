/**
 * The caps every snapshot passes before anything is allocated or reaches the store. They bound what a
 * hostile link can cost: at most MAX_FRAGMENT_CHARS are read, at most MAX_JSON_BYTES are inflated, and no
 * matrix larger than MAX_ELEMENTS is built. docs/sharing.md explains each number.
 */
export const LIMITS = {
  /** Characters of the URL fragment (after `#`). 64 KiB: far past the 8 KiB where a file is offered instead. */
  maxFragmentChars: 65_536,
  /** Bytes of snapshot JSON, after decompression or read from a file. Inflating stops past this. */
  maxJsonBytes: 262_144,
  /** Nesting of arrays and objects in snapshot JSON (a valid one needs 6). */
  maxJsonDepth: 8,
  /** Elements of one matrix (NumPy's size). */
  maxElements: 65_536,
  /** Dimensions of one matrix. */
  maxDims: 4,
  /** Length of one dimension. */
  maxDimLength: 4_096,
  /** Matrices in one cell. */
  maxMatricesPerCell: 16,
  /** A link longer than this is better shared as a JSON file (the UI offers one). */
  linkSoftMaxChars: 8_192,
} as const;

/** The two size caps of the text form, which the autosave sets higher than a link's. */
export interface TextCaps {
  /** Characters of the fragment-form text. */
  readonly maxFragmentChars: number;
  /** Bytes of JSON, after inflating. */
  readonly maxJsonBytes: number;
}

/** A link's caps (the defaults of every encoder and decoder). */
export const LINK_CAPS: TextCaps = LIMITS;

/**
 * The autosave's caps. Saving is not sharing: localStorage holds about 5 MB per origin, so a saved cell
 * may be far larger than a link (a 256×256 matrix is about 1.3 MB of JSON). The matrix caps (elements,
 * dimensions) stay the link's; inflating a saved entry still stops at a cap.
 */
export const STORAGE_CAPS: TextCaps = {
  maxFragmentChars: 16 * 2 ** 20,
  maxJsonBytes: 64 * 2 ** 20,
};
