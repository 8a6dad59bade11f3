import type { CellInputs } from '../../store/types';
import { toFloatFix } from './fixes';
import type { Pitfall } from './pitfall';

/** Silent NumPy behaviour that can turn up in any cell. */
export const GENERAL_PITFALLS: Readonly<Record<string, Pitfall>> = {
  'nan-propagates': {
    title: { en: 'nan spreads silently', ja: 'nan は黙って広がる' },
    did: {
      en: 'An input holds nan. Every comparison with nan is False and every arithmetic result with it is nan, so it flows into the outputs without an error.',
      ja: '入力に nan があります。nan との比較は常に False、nan を含む計算は nan になるので、エラーなしに出力へ流れ込みます。',
    },
    meant: {
      en: 'A number there. A nan usually comes from a 0/0 or inf - inf earlier on; np.isnan(x).any() finds it.',
      ja: 'そこには数値が入るはずです。nan はたいてい前段の 0/0 や inf - inf から来ます。np.isnan(x).any() で探せます。',
    },
  },
  'int64-precision': {
    title: { en: 'Integers beyond 2**53', ja: '2**53 を超える整数' },
    did: {
      en: 'An int64 value is larger than 2**53. This engine holds numbers as float64, which cannot keep every such integer exact; NumPy keeps them exact up to 2**63, then wraps around without a word.',
      ja: '2**53 を超える int64 の値があります。このエンジンは数値を float64 で持つので、その大きさの整数を正確には保てません。NumPy は 2**63 まで正確で、その先は黙って折り返します。',
    },
    meant: {
      en: 'Values of a usual size, or float64 if they really are that large.',
      ja: '普通の大きさの値か、本当に大きいなら float64 です。',
    },
  },
  'bool-arithmetic': {
    title: { en: 'Arithmetic on bool arrays stays bool', ja: 'bool 配列どうしの演算は bool のまま' },
    did: {
      en: 'Both operands are bool, so + is a logical or, * a logical and, and np.dot answers "is any product True", not a count.',
      ja: '両方が bool なので、+ は論理和、* は論理積、np.dot は「どれかの積が True か」になり、個数にはなりません。',
    },
    meant: {
      en: 'Numbers: cast the bool arrays to float64 first.',
      ja: '数値の計算です。先に bool 配列を float64 に変換します。',
    },
    fixes: (inputs) => [toFloatFix(inputs, boolNames(inputs))],
  },
  'float16-result': {
    title: { en: 'exp of a bool array is float16', ja: 'bool 配列の exp は float16' },
    did: {
      en: 'NumPy computes exp (and sigmoid) of a bool array in float16, a low-precision type: exp(True) is 2.719, not 2.718281828459045.',
      ja: 'NumPy は bool 配列の exp（と sigmoid）を低精度の float16 で計算します。exp(True) は 2.718281828459045 ではなく 2.719 です。',
    },
    meant: {
      en: 'Full precision: cast x to float64 first.',
      ja: '完全な精度です。先に x を float64 に変換します。',
    },
    fixes: (inputs) => [toFloatFix(inputs, boolNames(inputs))],
  },
};

function boolNames(inputs: CellInputs): string[] {
  return Object.keys(inputs.matrices).filter((n) => inputs.matrices[n].dtype === 'bool');
}
