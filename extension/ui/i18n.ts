import type { Lang, Params } from '../../core/index';
import { UI_MESSAGES, type UiKey } from './messages';

/** Extension UI text. `{name}` placeholders are filled from params; unknown params stay visible. */
export function ui(lang: Lang, key: UiKey, params: Params = {}): string {
  const template = UI_MESSAGES[lang][key] ?? UI_MESSAGES['zh-CN'][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

/** Creates an element whose text is set with textContent: page text is never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: (Node | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) if (c) node.append(c);
  return node;
}
