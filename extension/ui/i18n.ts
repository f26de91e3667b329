import { createTranslator, type Lang, type Params } from '../../core/light';
import { UI_MESSAGES, type UiKey } from './messages';

// Core's translator policy: the other language as fallback, `{name}` filled (unknown ones stay visible),
// plural variants (`key#one`) chosen by Intl.PluralRules from params.count.
const translator = createTranslator<UiKey>([UI_MESSAGES as unknown as Record<Lang, Record<string, string>>]);

/** Extension UI text. `{name}` placeholders are filled from params; unknown params stay visible. */
export function ui(lang: Lang, key: UiKey, params: Params = {}): string {
  return translator.t(lang, key, params);
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
