/**
 * Just enough of an XML parser to read WordprocessingML back in tests: a tree of elements with
 * their attributes and text, checking that every element is closed in order (well-formedness).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const TOKEN = /<\?[^?]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([\w:.-]+)="([^"]*)"/g;

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

export const parseXml = (xml: string): XmlElement => {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  let consumed = 0;
  for (const match of xml.matchAll(TOKEN)) {
    if (match.index !== consumed) throw new Error(`not well-formed XML at ${consumed}`);
    consumed = match.index + match[0].length;
    const [, closing, name, attributeText, selfClosing, text] = match;
    const parent = stack.at(-1)!;
    if (text !== undefined) {
      parent.text += decode(text);
    } else if (name !== undefined && closing === '/') {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
    } else if (name !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? '').matchAll(ATTRIBUTE))
        attributes[key!] = decode(value!);
      const element: XmlElement = { name, attributes, children: [], text: '' };
      parent.children.push(element);
      if (selfClosing !== '/') stack.push(element);
    }
  }
  if (consumed !== xml.length || stack.length !== 1)
    throw new Error('not well-formed XML: unclosed elements');
  return root;
};

export const descendants = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);

/** The text of a paragraph, table cell or run: its `w:t` elements in order. */
export const textOf = (element: XmlElement): string =>
  descendants(element, 'w:t')
    .map((t) => t.text)
    .join('');
