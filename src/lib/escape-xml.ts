/** Escapes text for XML text and attribute values; U+FFFE and U+FFFF are not allowed in XML at all. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\uFFFE\uFFFF]/gu, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&#39;';
      default:
        return '\uFFFD';
    }
  });
}
