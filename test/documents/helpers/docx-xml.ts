/**
 * Reading a .docx in tests: unzip it (with fflate, the zip library docx itself uses) and pick paragraphs,
 * runs and attributes out of its WordprocessingML with small regular expressions.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  readonly files: Readonly<Record<string, string>>;
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
}

/** The XML parts of a .docx file, by path inside the zip. */
export function unzipDocx(bytes: Uint8Array): DocxParts {
  const entries = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) files[name] = strFromU8(data);
  const need = (name: string): string => {
    const xml = files[name];
    if (xml === undefined) throw new Error(`${name} missing from the .docx`);
    return xml;
  };
  return { files, document: need('word/document.xml'), styles: need('word/styles.xml'), settings: need('word/settings.xml') };
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The visible text of a piece of WordprocessingML (its w:t elements joined). */
export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) out += m[1] ?? '';
  return out.replace(/&(lt|gt|amp|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

export interface Para {
  readonly xml: string;
  readonly pPr: string;
  readonly text: string;
  readonly runs: readonly Run[];
}

export interface Run {
  readonly xml: string;
  readonly rPr: string;
  readonly text: string;
}

/** Every paragraph (w:p) of a part, in order. */
export function paragraphs(xml: string): Para[] {
  const out: Para[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)) {
    const inner = m[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const runs: Run[] = [];
    for (const r of inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
      const body = r[1] ?? '';
      runs.push({ xml: body, rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '', text: textOf(body) });
    }
    out.push({ xml: m[0], pPr, text: textOf(inner), runs });
  }
  return out;
}

/** The first paragraph whose text includes `needle`; throws with the texts seen when there is none. */
export function paragraphWith(xml: string, needle: string): Para {
  const all = paragraphs(xml);
  const found = all.find((p) => p.text.includes(needle));
  if (!found) throw new Error(`no paragraph contains "${needle}"; seen: ${all.map((p) => p.text).filter(Boolean).slice(0, 40).join(' | ')}`);
  return found;
}

/** Value of attribute `name` on the first `<tag ...>` in xml, or undefined. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const el = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml)?.[1] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1];
}

/** All `<tag .../>` elements in xml. */
export function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?/?>`, 'g'))].map((m) => m[0]);
}

/** The half-point size of a run (w:sz), or undefined when it inherits. */
export function runSize(run: Run): number | undefined {
  const v = attr(run.rPr, 'w:sz', 'w:val');
  return v === undefined ? undefined : Number(v);
}

/** True when a run is bold (w:b present and not switched off). */
export function isBold(run: Run): boolean {
  return /<w:b(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(run.rPr);
}

/** True when a run is italic. */
export function isItalic(run: Run): boolean {
  return /<w:i(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(run.rPr);
}

/** The top-level tables (w:tbl) of a part, in order. Nested tables are not used by the builders. */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[0]);
}
