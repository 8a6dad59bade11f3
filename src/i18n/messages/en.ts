/**
 * The page's own words in English. This table's keys are the message keys: `ja.ts` must have exactly the
 * same ones (the compiler says so), with the same parameters. A message with parameters is a function of
 * one object; everything else is a plain string. Texts that come from the seed or the notebook's data are
 * not here: they are `Bilingual` pairs beside the data (see docs/i18n.md).
 */
export const en = {
  // ---- The page ------------------------------------------------------------------------------
  'app.docTitle': 'Layer Explorer — backpropagation, chapter 5',
  'app.subtitle': '— Deep Learning from Scratch (ゼロから作るDeep Learning), chapter 5',
  'app.sections': 'Sections',
  'app.settings': 'Display',
  'app.skipToFirstCell': 'Skip to the first cell',
  'intro.label': 'Introduction',
  'intro.lead':
    "This is a learner's notebook on chapter 5 of Deep Learning from Scratch (the seed), brought to life: the same sections in the same order, the same numbers as NumPy printed them, and every array editable. Change an input and the forward output, the mask and the backward gradients change beside it.",
  'intro.how':
    'Values are computed the way NumPy computes them, dtype included; when NumPy would raise an error, you see its message in place of the result.',
  'training.title': 'Training the two-layer net on MNIST (train_neural_net.py)',
  'footer.text':
    "Layer Explorer — a study companion to 斎藤康毅『ゼロから作るDeep Learning』(O'Reilly Japan), chapter 5. Every number is computed in your browser by a small TypeScript re-implementation of the NumPy it needs, tested against NumPy running the seed notebook's own classes.",

  // ---- Language and theme switches ----------------------------------------------------------
  'lang.label': 'Language',
  'theme.label': 'Colour theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  // ---- The seed's originals, shown beside their English rendering ---------------------------
  'original.summary': '原文 / original',
  'original.title': "The seed's original heading",

  // ---- A cell's frame -------------------------------------------------------------------------
  'note.seed': 'from the seed',
  'note.ours': 'our note',
  'seedSource.summary': "The seed's Python",
  'seedSource.output': 'What the seed printed',
  'seedSource.code': (p: { prompt: string }) => `The seed's Python, In [${p.prompt}]`,
  'bookSource.summary': "The book's Python",
  'bookSource.code': (p: { path: string }) => `The book's ${p.path}`,
  'crash.message': (p: { label: string }) =>
    `${p.label} stopped on an unexpected error (a bug in this app, not in your input):`,
  'crash.reset': "Reset this cell to the seed's inputs",
  'crash.chart': (p: { label: string }) => `${p.label} chart`,
  'toolbar.label': (p: { title: string }) => `${p.title} actions`,
  'toolbar.reroll': 'Re-roll',
  'toolbar.reset': 'Reset to the seed',
  'dout.seedInput': (p: { name: string }) => `${p.name}, as the seed passes`,
  'dout.seedConstant': "the seed's dY",
  'dout.seedNone': 'ones (the seed runs no backward here)',
  'dout.custom': 'my own matrix',
  'live.inputs': 'Inputs',
  'live.forward': 'forward',
  'live.backward': 'backward',
  'softmax.tLabel': 't (the seed calls it y)',
  'pitfalls.title': 'Pitfalls',
  'pitfalls.inSeed': "in the seed's code",
  'pitfalls.did': 'What NumPy did:',
  'pitfalls.meant': 'What you probably meant:',
  'pitfalls.engineDetail': "The engine's message for these inputs",

  // ---- Matrices ---------------------------------------------------------------------------------
  'output.tooLarge': (p: { shape: string; count: string; limit: string }) =>
    `Not computed: this result would have shape ${p.shape}, ${p.count} values, more than the ${p.limit} this page computes for one output. NumPy would compute it; with smaller inputs it is shown here.`,
  'output.tooCostly': (p: { count: string; limit: string }) =>
    `Not computed: this result needs about ${p.count} multiply-adds, more than the ${p.limit} this page spends on one output. NumPy would compute it; with smaller inputs it is shown here.`,
  'matrix.values': (p: { label: string }) => `${p.label} values`,
  'matrix.hiddenRows': (p: { from: number; to: number }) =>
    `rows ${p.from} to ${p.to} hidden, as NumPy prints it; use text mode / print() to see all`,
  'matrix.hiddenCols': (p: { from: number; to: number }) =>
    `columns ${p.from} to ${p.to} hidden, as NumPy prints it; use text mode / print() to see all`,
  'matrix.emptyEditable': 'empty array: add a row or column, or edit as text',
  'matrix.ndEditable': (p: { ndim: number }) => `${p.ndim}-D array: edit it as text`,
  'matrix.empty': 'empty array',
  'matrix.ndShown': (p: { ndim: number }) => `${p.ndim}-D array: shown as NumPy prints it`,
  'matrix.printAria': (p: { label: string }) => `print(${p.label}): show it as NumPy prints it`,
  'matrix.printed': (p: { label: string }) => `What print(${p.label}) shows`,
  'matrix.toolsAria': (p: { label: string }) => `${p.label} tools`,
  'matrix.dtypeAria': (p: { label: string }) => `${p.label} dtype`,
  'matrix.addRow': '+ row',
  'matrix.addRowAria': (p: { label: string }) => `Add row to ${p.label}`,
  'matrix.removeRow': '− row',
  'matrix.removeRowAria': (p: { label: string }) => `Remove last row of ${p.label}`,
  'matrix.addCol': '+ column',
  'matrix.addColAria': (p: { label: string }) => `Add column to ${p.label}`,
  'matrix.removeCol': '− column',
  'matrix.removeColAria': (p: { label: string }) => `Remove last column of ${p.label}`,
  'matrix.randomise': 'Randomise',
  'matrix.randomiseAria': (p: { label: string }) => `Randomise ${p.label}`,
  'matrix.reset': 'Reset',
  'matrix.resetAria': (p: { label: string }) => `Reset ${p.label} to its seed value`,
  'matrix.text': 'Text',
  'matrix.textAria': (p: { label: string }) => `Edit ${p.label} as text`,
  'text.boxAria': (p: { label: string }) => `${p.label} as NumPy text (Ctrl+Enter applies)`,
  'text.apply': 'Apply',
  'text.applyAria': (p: { label: string }) => `Apply ${p.label} text`,
  'text.syntaxAt': (p: { line: number; column: number; reason: string }) =>
    `Line ${p.line}, column ${p.column}: ${p.reason}`,
  'text.pasteRefused': (p: { reason: string }) => `Not pasted: ${p.reason}`,
  'text.halfWidth': 'Use the half-width text',
  'text.halfWidthAria': (p: { label: string }) =>
    `Replace the ${p.label} text with its half-width form (then apply it with Ctrl+Enter)`,
  'text.halfWidthPreview': (p: { text: string }) => `It reads: ${p.text}`,
  'text.dtypeRefused': (p: { dtype: string; allowed: readonly string[] }) =>
    `this text gives a ${p.dtype} array; this matrix takes ${p.allowed.join(' or ')}`,

  // ---- One typed entry (NumPy's own messages are quoted in English in both languages) ------------
  'entry.empty': 'empty entry: type a number',
  'entry.emptyBool': 'empty entry: type True or False',
  'entry.boolNotLiteral': (p: { text: string }) => `bool matrix: type True or False, not '${p.text}'`,
  'entry.boolWouldBecome': (p: { value: string; becomes: string }) =>
    `bool matrix: ${p.value} would become ${p.becomes}; type True or False, or switch dtype`,
  'entry.intNumpy': (p: { numpy: string }) => `int64 matrix: ${p.numpy}; switch dtype to float64`,
  'entry.intTruncated': (p: { value: string; truncated: number }) =>
    `int64 matrix: ${p.value} would be truncated to ${p.truncated}; switch dtype to float64`,
  'entry.intTooLarge': (p: { value: string; max: number }) =>
    `int64 matrix: NumPy's int64 holds ${p.value} exactly, but here an int64 value is a float64 number, exact only up to ±${p.max} (2**53 − 1); use a smaller integer, or switch dtype to float64 (where NumPy rounds it too)`,

  // ---- Pasting a block -----------------------------------------------------------------------
  'paste.text': (p: { message: string }) => `pasted text: ${p.message}`,
  'paste.tooManyDims': (p: { ndim: number }) => `pasted a ${p.ndim}-D array: paste rows and columns only`,
  'paste.at': (p: { row: number; column: number; message: string }) =>
    `pasted row ${p.row}, column ${p.column}: ${p.message}`,
  'paste.ndArray': (p: { ndim: number }) => `a ${p.ndim}-D array is edited as text`,
  'paste.oneRow': (p: { ndim: number }) =>
    `this is a ${p.ndim}-D array: paste a single row, or use text mode to change its shape`,
  'paste.oneValue': 'this is a 0-d array: paste a single value, or use text mode to change its shape',
  'paste.tooLarge': (p: { maxDimLength: number; maxElements: number }) =>
    `this paste is too large: a matrix here has at most ${p.maxDimLength.toLocaleString('en-US')} rows or columns and ${p.maxElements.toLocaleString('en-US')} elements (as a link carries); nothing was changed`,

  // ---- Sharing, undo and the link banner -------------------------------------------------------
  'share.bar': 'Notebook',
  'share.resetAll': 'Reset the notebook to the seed',
  'share.openFile': 'Open a snapshot file',
  'share.undo': 'Undo',
  'share.redo': 'Redo',
  'share.cell': 'Share this cell',
  'share.notebook': 'Share the notebook',
  'share.quoted': (p: { title: string }) => `“${p.title}”`,
  'share.wholeNotebook': 'the whole notebook',
  'share.wholeNotebookStart': 'The whole notebook',
  'share.linkTo': (p: { what: string }) => `Link to ${p.what}`,
  'share.copied': 'Link copied.',
  'share.selectAndCopy': 'Select the link and copy it (Ctrl+C).',
  'share.tooLong': (p: { length: string }) =>
    `This link is ${p.length} characters long; chat apps may cut it.`,
  'share.download': 'Download as a file',
  'share.cannot': (p: { what: string; why: string }) => `${p.what} cannot be shared as a link: ${p.why}`,
  'banner.fromLink': 'a shared link',
  'banner.fromFile': 'a snapshot file',
  'banner.opened': (p: { what: string; from: string }) =>
    `Opened ${p.what} from ${p.from}. Your own notebook is kept safe: edit this one to make it yours, or go back.`,
  'banner.adopted': (p: { from: string }) =>
    `You edited the notebook opened from ${p.from}; it is now saved as yours. Your previous notebook is kept.`,
  'banner.keep': 'Keep this notebook',
  'banner.back': 'Back to my notebook',
  'banner.backPrevious': 'Back to my previous notebook',
  'banner.dismiss': 'Dismiss',
  'banner.details': 'Details',
  'banner.autosaveSetAside': 'It was set aside; the notebook starts from the seed’s values.',
  'banner.nothingLoaded': 'Nothing from it was loaded; this is your own notebook.',
  'keep.noStorageHeading': 'Nothing is being saved in this browser.',
  'keep.noStorage':
    'It does not let this page store anything (site data may be blocked), so your edits are not kept: closing this tab loses them. Until then the address bar holds the notebook (when it is small enough for a link), so reloading this tab keeps it. To keep your work, download it as a snapshot file and open it later with “Open a snapshot file”.',
  'keep.download': 'Download a snapshot file',
  'keep.downloadFailed': (p: { why: string }) => `The snapshot file could not be made: ${p.why}`,
  'keep.notSavedHeading': 'Some changes are not being saved in this browser.',
  'keep.notSaved': (p: { cells: string; why: string }) =>
    `Not saved: ${p.cells} (${p.why}). Everything else is saved; the page tries again after each edit.`,
  'keep.why.full': 'the browser refused to store them: its storage for this page is probably full',
  'keep.why.tooLarge': 'they are larger than the notebook can save',
  'keep.why.unsavable': 'they hold a value that cannot be saved',
  'keep.conflict': (p: { cell: string }) =>
    `${p.cell} was changed in another tab too. This tab shows its own version; the other tab’s is kept as well. Choose one: the other is set aside, not deleted (and Undo brings it back here).`,
  'keep.conflictMatrices': (p: { names: string }) => `They differ in: ${p.names}.`,
  'keep.useTheirs': 'Use the other tab’s version',
  'keep.useMine': 'Keep this tab’s version',
  'list.separator': ', ',
} as const;
