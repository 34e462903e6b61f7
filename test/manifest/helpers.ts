// Offline manifest helpers shared by the manifest and build tests (no Microsoft validation service).
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const MANIFEST = path.join(ROOT, 'manifest.xml');

/** Whether xmllint (Debian libxml2-utils) is installed. In CI it must be. */
function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

export function xmllint(file: string): void {
  if (!hasXmllint()) {
    if (process.env.CI) throw new Error('xmllint is missing: apt-get install -y libxml2-utils');
    console.warn('xmllint not installed; skipping the well-formedness check (apt-get install -y libxml2-utils)');
    return;
  }
  execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
}

/** The markup without comments, so that examples in comments are never mistaken for elements. */
export function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}

export interface Resources {
  images: Map<string, string>;
  urls: Map<string, string>;
  shortStrings: Map<string, string>;
  longStrings: Map<string, string>;
  /** resid → { locale → value } of bt:Override elements. */
  overrides: Map<string, Map<string, string>>;
}

function section(text: string, tag: string): string {
  const m = new RegExp(`<bt:${tag}>([\\s\\S]*?)</bt:${tag}>`).exec(text);
  return m ? m[1] : '';
}

export function resources(text: string): Resources {
  const body = stripComments(text);
  const overrides = new Map<string, Map<string, string>>();
  const read = (tag: string, element: string): Map<string, string> => {
    const out = new Map<string, string>();
    const re = new RegExp(
      `<bt:${element} id="([^"]+)" DefaultValue="([^"]*)"\\s*(/>|>([\\s\\S]*?)</bt:${element}>)`,
      'g',
    );
    for (const m of section(body, tag).matchAll(re)) {
      out.set(m[1], m[2]);
      const o = new Map<string, string>();
      for (const ov of (m[4] ?? '').matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]*)"\s*\/>/g))
        o.set(ov[1], ov[2]);
      overrides.set(m[1], o);
    }
    return out;
  };
  return {
    images: read('Images', 'Image'),
    urls: read('Urls', 'Url'),
    shortStrings: read('ShortStrings', 'String'),
    longStrings: read('LongStrings', 'String'),
    overrides,
  };
}

export function one(text: string, re: RegExp): string {
  const m = re.exec(stripComments(text));
  if (!m) throw new Error(`not found in manifest: ${re}`);
  return m[1];
}

/** The shared runtime's URL resids: Runtime, custom functions Page, FunctionFile, ShowTaskpane. */
export function runtimeWiring(text: string) {
  return {
    runtime: one(text, /<Runtime resid="([^"]+)" lifetime="long"\s*\/>/),
    page: one(text, /<Page>\s*<SourceLocation resid="([^"]+)"\s*\/>\s*<\/Page>/),
    functionFile: one(text, /<FunctionFile resid="([^"]+)"\s*\/>/),
    showTaskpane: one(text, /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"\s*\/>/),
    script: one(text, /<Script>\s*<SourceLocation resid="([^"]+)"\s*\/>\s*<\/Script>/),
    metadata: one(text, /<Metadata>\s*<SourceLocation resid="([^"]+)"\s*\/>\s*<\/Metadata>/),
    namespace: one(text, /<Namespace resid="([^"]+)"\s*\/>/),
  };
}

/** Every URL the manifest names (DefaultValue and Override values alike). */
export function allUrls(text: string): string[] {
  return [...stripComments(text).matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
}
