import Mustache from "mustache";
import { cutText } from "@/lib/text/cut-text";

// The one template language of the product: follow-ups, review requests and saved replies. Mustache
// (logic-less) parses: {{name}}, {{#name}}shown when set{{/name}}, {{^name}}shown when not{{/name}}.
// Filling stays ours because the rules are stricter than Mustache's: output is plain text (nothing is
// HTML-escaped), a tag we do not know stays in the text as typed so its author sees it, and values are
// inserted once, never re-scanned (a buyer named "{{reviewLink}}" stays literally that).

export type FilledTemplate<K extends string> = {
  text: string;
  /** Tags we do not know, as typed ("#promo" for a section); or the syntax error when the template does not parse. */
  unknownVariables: string[];
  /** Known variables the text shows but that have no value. */
  missingVariables: K[];
};

type Token = [type: string, value: string, start: number, end: number, children?: Token[], closeStart?: number];

export function fillTemplate<K extends string>({
  template,
  resolve,
  values,
  keepMissing = false,
}: {
  template: string;
  /** The variable a tag names, or undefined for a tag we do not know. */
  resolve: (name: string) => K | undefined;
  values: Partial<Record<K, string>>;
  /** A known variable without a value stays as typed (saved replies) instead of becoming empty. */
  keepMissing?: boolean;
}): FilledTemplate<K> {
  const unknown = new Set<string>();
  const missing = new Set<K>();
  /** A plain {{name}} tag: its value, or the tag as typed when it is unknown (or missing and kept). */
  const fillTag = (name: string, typed: string): string => {
    const key = resolve(name);
    // "{{ 10% в {{shopName}}": Mustache reads one tag up to the first "}}"; the "{{" is free text.
    if (key === undefined && name.includes("{{")) {
      unknown.add("{{");
      return fillPlainTags(typed);
    }
    if (key === undefined) {
      unknown.add(name);
      return typed;
    }
    const value = values[key];
    if (value !== undefined) return value;
    missing.add(key);
    return keepMissing ? typed : "";
  };
  const fillPlainTags = (text: string) =>
    text.replace(/\{\{\s*([\p{L}\p{N}_.]+)\s*\}\}/gu, (typed, name: string) => fillTag(name, typed));
  let tokens: Token[];
  try {
    // A fresh writer: Mustache's shared one caches every template it has seen, for ever.
    tokens = new Mustache.Writer().parse(template) as Token[];
  } catch (error) {
    // Text that is not a whole template ("{{" in free text, a section never closed): its plain tags are
    // still filled, everything else is kept as typed, and the broken tag is reported.
    const text = fillPlainTags(template);
    return { text, unknownVariables: [...new Set([brokenTag(error), ...unknown])], missingVariables: [...missing] };
  }

  const walk = (list: Token[]): string =>
    list
      .map((token) => {
        const [type, name, start, end, children = [], closeStart = end] = token;
        if (type === "text") return name;
        if (type === "!" || type === "=") return "";
        const key = type === ">" ? undefined : resolve(name);
        if (type === "#" || type === "^") {
          if (key === undefined) {
            unknown.add(`${type}${name}`);
            return template.slice(start, closingEnd(template, closeStart));
          }
          return (type === "#") === (values[key] !== undefined) ? walk(children) : "";
        }
        if (type === "name" || type === "&") return fillTag(name, template.slice(start, end));
        unknown.add(`${type}${name}`);
        return template.slice(start, end);
      })
      .join("");

  return { text: walk(tokens), unknownVariables: [...unknown], missingVariables: [...missing] };
}

/** The tag Mustache could not match, as the author wrote it: "#name" never closed, "/name" never opened, or a lone "{{". */
function brokenTag(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const name = /"([^"]*)"/.exec(message)?.[1];
  if (name !== undefined && message.startsWith("Unclosed section")) return `#${name}`;
  if (name !== undefined && message.startsWith("Unopened section")) return `/${name}`;
  return "{{";
}

/** Where the closing tag that starts at `closeStart` ends. */
function closingEnd(template: string, closeStart: number): number {
  const end = template.indexOf("}}", closeStart);
  return end === -1 ? template.length : end + 2;
}

// eslint-disable-next-line no-control-regex
const CONTROL_OR_INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029]+/g;

/**
 * A value as it may appear in a message: no control or invisible characters, no line breaks, one
 * space between words, at most `maxLength` characters. Undefined when nothing is left.
 */
export function cleanTemplateValue(value: string | null | undefined, maxLength: number): string | undefined {
  const cleaned = value?.replace(CONTROL_OR_INVISIBLE, " ").replace(/\s+/g, " ").trim();
  if (!cleaned) return undefined;
  return cleaned.length > maxLength ? `${cutText(cleaned, maxLength - 1)}…` : cleaned;
}

/** A template filled with sample values: what a settings screen shows, and what is checked before a save. */
export function previewTemplate<K extends string>({
  template,
  resolve,
  sample,
}: {
  template: string;
  resolve: (name: string) => K | undefined;
  sample: Record<K, string>;
}): FilledTemplate<K> {
  return fillTemplate({ template, resolve, values: sample });
}
