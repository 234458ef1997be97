import type { Element, ElementContent } from 'hast';

/**
 * A typeset formula read back as one line of plain text, for places that cannot hold MathML:
 * the page's <title>, Open Graph cards, feed titles. `\frac{a+b}{2}` reads "(a+b)/2", `x^{2}`
 * "x²", `\sqrt{n}` "√n", `\mathbb{R}^d` "ℝ^d".
 */

const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  T: 'ᵀ',
  '*': '*',
  '′': '′',
  '∗': '*',
};
const SUBSCRIPTS: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

const RELATIONS = /^[=<>≤≥∝≈∼≃≅→←↔⇒⇔∈∉⊂⊆⊃⊇≠≡≪≫∣]$/u;

/** `2` → `²` when every character has a script form, else `^2` / `^(ab)`. */
function script(text: string, forms: Record<string, string>, mark: '^' | '_'): string {
  const chars = [...text];
  if (chars.length > 0 && chars.every((char) => forms[char] !== undefined))
    return chars.map((char) => forms[char]).join('');
  return chars.length <= 1 || /^[\p{L}\p{N}]+$/u.test(text) ? `${mark}${text}` : `${mark}(${text})`;
}

/** Wraps a fraction's part in parentheses when it is more than one symbol. */
const operand = (text: string) =>
  [...text].length <= 1 || /^[\p{L}\p{N}.′*_^⁰-⁹₀-₉ⁿⁱᵀ]+$/u.test(text) ? text : `(${text})`;

function linear(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const parts = node.children.filter((child) => child.type === 'element' || child.type === 'text').map(linear);
  const [first = '', second = '', third = ''] = parts;
  switch (node.tagName) {
    case 'mfrac':
      return `${operand(first)}/${operand(second)}`;
    case 'msqrt':
      return `√${operand(parts.join(''))}`;
    case 'mroot':
      return `${script(second, SUPERSCRIPTS, '^')}√${operand(first)}`;
    case 'msup':
      return first + script(second, SUPERSCRIPTS, '^');
    case 'msub':
      return first + script(second, SUBSCRIPTS, '_');
    case 'msubsup':
      return first + script(second, SUBSCRIPTS, '_') + script(third, SUPERSCRIPTS, '^');
    case 'mover':
    case 'munder':
    case 'munderover':
      // Accents and limits: the base is what the sentence says (`\hat{x}` → x̂ would need combining marks).
      return first;
    case 'mspace':
      return ' ';
    case 'mo':
      // Relations read with a space either side: "a ≤ b", not "a≤b".
      return RELATIONS.test(first) ? ` ${first} ` : first;
    case 'annotation':
      return '';
    case 'mtable':
      return parts.join('; ');
    case 'mtr':
      return parts.join(', ');
    default:
      return parts.join('');
  }
}

/** The formula as plain text, spaces tidied. */
export function mathText(math: Element): string {
  return linear(math).replace(/\s+/gu, ' ').trim();
}
