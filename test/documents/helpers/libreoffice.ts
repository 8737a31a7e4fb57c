/**
 * Rendering .docx files through LibreOffice to PDF and reading the PDFs back with poppler, as a person would
 * see them. Several files go through one LibreOffice start (each start takes a second or two); every
 * conversion gets its own profile folder so parallel test files do not share one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Rendered {
  readonly dir: string;
  /** Path of the PDF made from the file given under `name`. */
  pdf(name: string): string;
}

/** Writes each file as <name>.docx and converts them all to PDF in one LibreOffice run. */
export function renderToPdf(files: Readonly<Record<string, Uint8Array>>): Rendered {
  const dir = mkdtempSync(join(tmpdir(), 'docs-render-'));
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths],
    { stdio: 'pipe', timeout: 150_000 },
  );
  return {
    dir,
    pdf(name) {
      const path = join(dir, `${name}.pdf`);
      if (!existsSync(path)) throw new Error(`LibreOffice made no PDF of ${name}.docx`);
      return path;
    },
  };
}

/** The text of a PDF (UTF-8), as pdftotext reads it. */
export function pdfText(pdf: string, options: { layout?: boolean; first?: number; last?: number } = {}): string {
  const args = ['-enc', 'UTF-8'];
  if (options.layout) args.push('-layout');
  if (options.first !== undefined) args.push('-f', String(options.first));
  if (options.last !== undefined) args.push('-l', String(options.last));
  return execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PdfInfo {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
}

/** Page count and page size in points, from pdfinfo. */
export function pdfInfo(pdf: string): PdfInfo {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const pages = /Pages:\s+(\d+)/.exec(out);
  if (!size || !pages) throw new Error(`pdfinfo gave no size: ${out}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/**
 * Text with line breaks and runs of spaces made single spaces, for phrase matching. The page number that
 * opens each page after the first (a line of digits after the form feed) is dropped, so a paragraph running
 * over a page break reads as one.
 */
export function flat(text: string): string {
  return text.replace(/\f[ \t]*\d+[ \t]*\n/g, ' ').replace(/\f/g, ' ').replace(/\s+/g, ' ').trim();
}
