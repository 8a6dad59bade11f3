import type { MessageTable } from '../translate';

/**
 * The page's own words in Japanese, for the book's readers: the book's terms (順伝播, 逆伝播, 勾配, 重み,
 * バイアス, 形状, ブロードキャスト…), and NumPy's messages quoted as NumPy prints them, in English.
 * Typed by the English table: a missing or extra key, or other parameters, do not compile.
 */
export const ja: MessageTable = {
  // ---- The page ------------------------------------------------------------------------------
  'app.docTitle': 'Layer Explorer — 誤差逆伝播法',
  'app.subtitle': '— ゼロから作るDeep Learning 5章',
  'app.sections': '目次',
  'app.settings': '表示',
  'app.skipToFirstCell': '最初のセルへ移動',
  'intro.label': 'はじめに',
  'intro.lead':
    'このノートブックは「ゼロから作るDeep Learning」5章の学習ノート（シード）を、同じ節を同じ順序のまま動かせるようにしたものです。数値は NumPy が表示したとおりで、どの配列も編集できます。入力を変えると、順伝播の出力、ReLU の mask、逆伝播の勾配がそのすぐ隣で変わります。',
  'intro.how':
    '値は dtype も含めて NumPy と同じ方法で計算します。NumPy がエラーを出す場面では、結果の代わりにそのエラーメッセージを表示します。',
  'training.title': '2層ニューラルネットワークの学習（MNIST, train_neural_net.py）',
  'footer.text':
    'Layer Explorer — 斎藤康毅『ゼロから作るDeep Learning』（オライリー・ジャパン）5章の学習用ツールです。数値はすべて、必要な分だけ NumPy を TypeScript で再実装した小さなエンジンがブラウザの中で計算しています。その結果は、シードのノートブック自身のクラスを NumPy で実行した値と照らし合わせてテストしています。',

  // ---- Language and theme switches ----------------------------------------------------------
  'lang.label': '言語',
  'theme.label': '配色',
  'theme.system': 'システム設定',
  'theme.light': 'ライト',
  'theme.dark': 'ダーク',

  // ---- The seed's originals -------------------------------------------------------------------
  'original.summary': '原文',
  'original.title': 'シードの見出し（原文）',

  // ---- A cell's frame -------------------------------------------------------------------------
  'note.seed': 'シードのメモ',
  'note.ours': '補足',
  'seedSource.summary': 'シードのコード',
  'seedSource.output': 'シードの出力',
  'seedSource.code': (p) => `シードのコード In [${p.prompt}]`,
  'bookSource.summary': '本のコード',
  'bookSource.code': (p) => `本の ${p.path}`,
  'crash.message': (p) =>
    `${p.label} は予期しないエラーで止まりました（入力の誤りではなく、このアプリの不具合です）:`,
  'crash.reset': 'このセルをシードの入力に戻す',
  'crash.chart': (p) => `${p.label} のグラフ`,
  'toolbar.label': (p) => `${p.title} の操作`,
  'toolbar.reroll': '引き直す',
  'toolbar.reset': 'シードの値に戻す',
  'dout.seedInput': (p) => `${p.name}（シードと同じ）`,
  'dout.seedConstant': 'シードの dY',
  'dout.seedNone': 'ones（シードはここで backward を実行しない）',
  'dout.custom': '自分で入力した行列',
  'live.inputs': '入力',
  'live.forward': '順伝播 (forward)',
  'live.backward': '逆伝播 (backward)',
  'softmax.tLabel': 't（シードでは y）',
  'pitfalls.title': '落とし穴',
  'pitfalls.inSeed': 'シードのコードより',
  'pitfalls.did': 'NumPy がしたこと:',
  'pitfalls.meant': 'おそらく意図していたこと:',
  'pitfalls.engineDetail': 'この入力についてのエンジンのメッセージ（英語）',

  // ---- Matrices ---------------------------------------------------------------------------------
  'output.tooLarge': (p) =>
    `計算しませんでした: この結果は形 ${p.shape}、${p.count} 個の値になり、このページが 1 つの出力に計算する上限 ${p.limit} 個を超えます。NumPy なら計算できます。入力を小さくすると、ここに表示されます。`,
  'output.tooCostly': (p) =>
    `計算しませんでした: この結果には約 ${p.count} 回の積和が要り、このページが 1 つの出力にかける上限 ${p.limit} 回を超えます。NumPy なら計算できます。入力を小さくすると、ここに表示されます。`,
  'matrix.values': (p) => `${p.label} の値`,
  'matrix.hiddenRows': (p) =>
    `${p.from} 行目から ${p.to} 行目までは NumPy の表示と同じく省略しています。すべて見るにはテキストモードか print() を使ってください`,
  'matrix.hiddenCols': (p) =>
    `${p.from} 列目から ${p.to} 列目までは NumPy の表示と同じく省略しています。すべて見るにはテキストモードか print() を使ってください`,
  'matrix.emptyEditable': '空の配列です。行か列を追加するか、テキストで編集してください',
  'matrix.ndEditable': (p) => `${p.ndim} 次元の配列です。テキストで編集してください`,
  'matrix.empty': '空の配列',
  'matrix.ndShown': (p) => `${p.ndim} 次元の配列です。NumPy の表示のまま示します`,
  'matrix.printAria': (p) => `print(${p.label}): NumPy が表示する形で見る`,
  'matrix.printed': (p) => `print(${p.label}) の表示`,
  'matrix.toolsAria': (p) => `${p.label} の編集ツール`,
  'matrix.dtypeAria': (p) => `${p.label} の dtype`,
  'matrix.addRow': '+ 行',
  'matrix.addRowAria': (p) => `${p.label} に行を追加`,
  'matrix.removeRow': '− 行',
  'matrix.removeRowAria': (p) => `${p.label} の最後の行を削除`,
  'matrix.addCol': '+ 列',
  'matrix.addColAria': (p) => `${p.label} に列を追加`,
  'matrix.removeCol': '− 列',
  'matrix.removeColAria': (p) => `${p.label} の最後の列を削除`,
  'matrix.randomise': '乱数',
  'matrix.randomiseAria': (p) => `${p.label} を乱数で埋める`,
  'matrix.reset': 'リセット',
  'matrix.resetAria': (p) => `${p.label} をリセット（シードの値に戻す）`,
  'matrix.text': 'テキスト',
  'matrix.textAria': (p) => `${p.label} をテキストで編集`,
  'text.boxAria': (p) => `${p.label} の NumPy テキスト（Ctrl+Enter で適用）`,
  'text.apply': '適用',
  'text.applyAria': (p) => `${p.label} のテキストを適用`,
  'text.syntaxAt': (p) => `${p.line} 行 ${p.column} 列目: ${p.reason}`,
  'text.pasteRefused': (p) => `貼り付けませんでした: ${p.reason}`,
  'text.halfWidth': '半角に直す',
  'text.halfWidthAria': (p) => `${p.label} のテキストを半角に直す（そのあと Ctrl+Enter で適用）`,
  'text.halfWidthPreview': (p) => `半角にすると: ${p.text}`,
  'text.dtypeRefused': (p) =>
    `このテキストは ${p.dtype} の配列になりますが、この行列が受け付けるのは ${p.allowed.join(' か ')} です`,

  // ---- One typed entry --------------------------------------------------------------------------
  'entry.empty': '空欄です。数値を入力してください',
  'entry.emptyBool': '空欄です。True か False を入力してください',
  'entry.boolNotLiteral': (p) => `bool の行列です。'${p.text}' ではなく True か False を入力してください`,
  'entry.boolWouldBecome': (p) =>
    `bool の行列です。${p.value} は ${p.becomes} になります。True か False を入力するか、dtype を切り替えてください`,
  'entry.intNumpy': (p) => `int64 の行列です（${p.numpy}）。dtype を float64 に切り替えてください`,
  'entry.intTruncated': (p) =>
    `int64 の行列です。${p.value} は ${p.truncated} に切り捨てられます。dtype を float64 に切り替えてください`,
  'entry.intTooLarge': (p) =>
    `int64 の行列です。NumPy の int64 は ${p.value} を正確に保ちますが、ここでは int64 の値を float64 の数で保つので、正確なのは ±${p.max}（2**53 − 1）までです。小さい整数にするか、dtype を float64 に切り替えてください（NumPy でもそこでは丸められます）`,

  // ---- Pasting a block -----------------------------------------------------------------------
  'paste.text': (p) => `貼り付けたテキスト: ${p.message}`,
  'paste.tooManyDims': (p) => `${p.ndim} 次元の配列が貼り付けられました。行と列だけを貼り付けてください`,
  'paste.at': (p) => `貼り付けた ${p.row} 行 ${p.column} 列目: ${p.message}`,
  'paste.ndArray': (p) => `${p.ndim} 次元の配列はテキストで編集します`,
  'paste.oneRow': (p) =>
    `これは ${p.ndim} 次元の配列です。1 行だけを貼り付けるか、形状を変えるならテキストで編集してください`,
  'paste.oneValue':
    'これは 0 次元の配列です。値を 1 つだけ貼り付けるか、形状を変えるならテキストで編集してください',
  'paste.tooLarge': (p) =>
    `貼り付けが大きすぎます。ここで行列が持てるのは（リンクと同じく）${p.maxDimLength.toLocaleString('ja-JP')} 行・列、${p.maxElements.toLocaleString('ja-JP')} 要素までです。何も変更していません`,

  // ---- Sharing, undo and the link banner -------------------------------------------------------
  'share.bar': 'ノートブック',
  'share.resetAll': 'ノートブック全体をシードに戻す',
  'share.openFile': 'スナップショットのファイルを開く',
  'share.undo': '元に戻す',
  'share.redo': 'やり直す',
  'share.cell': 'このセルを共有',
  'share.notebook': 'ノートブックを共有',
  'share.quoted': (p) => `「${p.title}」`,
  'share.wholeNotebook': 'ノートブック全体',
  'share.wholeNotebookStart': 'ノートブック全体',
  'share.linkTo': (p) => `${p.what}へのリンク`,
  'share.copied': 'リンクをコピーしました。',
  'share.selectAndCopy': 'リンクを選択してコピーしてください（Ctrl+C）。',
  'share.tooLong': (p) => `このリンクは ${p.length} 文字あり、チャットアプリでは途中で切れることがあります。`,
  'share.download': 'ファイルとしてダウンロード',
  'share.cannot': (p) => `${p.what}はリンクとして共有できません。${p.why}`,
  'banner.fromLink': '共有リンク',
  'banner.fromFile': 'スナップショットのファイル',
  'banner.opened': (p) =>
    `${p.from}から${p.what}を開きました。あなた自身のノートブックはそのまま残っています。これを編集すると自分のものになります。元に戻ることもできます。`,
  'banner.adopted': (p) =>
    `${p.from}から開いたノートブックを編集したので、これをあなたのノートブックとして保存しました。前のノートブックも残してあります。`,
  'banner.keep': 'このノートブックを使う',
  'banner.back': '自分のノートブックに戻る',
  'banner.backPrevious': '前のノートブックに戻る',
  'banner.dismiss': '閉じる',
  'banner.details': '詳細',
  'banner.autosaveSetAside': 'それは別に取っておき、ノートブックはシードの値から始めます。',
  'banner.nothingLoaded': 'そこからは何も読み込んでいません。これはあなた自身のノートブックです。',
  'keep.noStorageHeading': 'このブラウザには何も保存されていません。',
  'keep.noStorage':
    'ブラウザがこのページに何も保存させません（サイトデータがブロックされているのかもしれません）。そのため編集は残らず、このタブを閉じると失われます。それまではアドレスバーがノートブックを持っているので（リンクに収まる大きさなら）、このタブを再読み込みしても残ります。作業を残すには、スナップショットのファイルとしてダウンロードし、あとで「スナップショットのファイルを開く」で開いてください。',
  'keep.download': 'スナップショットのファイルをダウンロード',
  'keep.downloadFailed': (p) => `スナップショットのファイルを作れませんでした: ${p.why}`,
  'keep.notSavedHeading': '変更の一部がこのブラウザに保存されていません。',
  'keep.notSaved': (p) =>
    `保存されていないセル: ${p.cells}（${p.why}）。ほかはすべて保存されています。編集のたびにもう一度保存を試みます。`,
  'keep.why.full': 'ブラウザが保存を拒みました。このページの保存領域がいっぱいなのでしょう',
  'keep.why.tooLarge': 'ノートブックが保存できる大きさを超えています',
  'keep.why.unsavable': '保存できない値を含んでいます',
  'keep.conflict': (p) =>
    `${p.cell} は別のタブでも変更されました。このタブには自分の版を表示しています。別のタブの版も残してあります。どちらかを選んでください。選ばなかった版は削除せずに別に取っておきます（元に戻すでこのタブに戻せます）。`,
  'keep.conflictMatrices': (p) => `違いがあるのは: ${p.names}。`,
  'keep.useTheirs': '別のタブの版を使う',
  'keep.useMine': 'このタブの版を残す',
  'list.separator': '、',
};
