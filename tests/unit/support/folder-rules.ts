import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

/**
 * The import rules of utils/'s folders, as each folder's README.md states them:
 *   Owns: …
 *   May import: `engine`, `record`; packages: `@wxt-dev/storage`.
 * A file follows the rule of the nearest README.md above it; its own top folder is always allowed.
 */
export interface FolderRule {
  /** The folder, relative to utils/ ("engine", "page/detector"). */
  folder: string;
  owns: string;
  /** Top folders of utils/ this folder's files may import from. */
  folders: string[];
  /** Packages its files may import ("@wxt-dev/storage"); a package's subpaths count as the package. */
  packages: string[];
}

/** One source file: its path relative to the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The rule a README.md states, or why it states none. */
export function ruleOf(folder: string, readme: string): FolderRule | string {
  const owns = /^Owns: (.+)$/m.exec(readme)?.[1];
  const mayImport = /^May import: (.+)$/m.exec(readme)?.[1];
  if (!owns) return `utils/${folder}/README.md: no "Owns:" line`;
  if (!mayImport) return `utils/${folder}/README.md: no "May import:" line`;
  const [foldersPart = '', packagesPart = ''] = mayImport.split(/;\s*packages:/);
  const ticked = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
  return { folder, owns, folders: ticked(foldersPart), packages: ticked(packagesPart.split('.')[0] ?? '') };
}

/** Every folder under `utilsDir` (itself excepted) with the README.md that states its rule. */
export function readRules(utilsDir: string): { rules: FolderRule[]; problems: string[] } {
  const rules: FolderRule[] = [];
  const problems: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      const folder = relative(utilsDir, path).split('\\').join('/');
      const readme = join(path, 'README.md');
      if (existsSync(readme)) {
        const rule = ruleOf(folder, readFileSync(readme, 'utf8'));
        if (typeof rule === 'string') problems.push(rule);
        else rules.push(rule);
      } else if (!folder.includes('/')) {
        problems.push(`utils/${folder}/ has no README.md saying what it owns and may import`);
      }
      visit(path);
    }
  };
  visit(utilsDir);
  return { rules, problems };
}

/** What a file imports: every module specifier, static, dynamic or type-only, and re-exports. */
function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/**
 * The project file a specifier names (from `importer`, both relative to the project root), or
 * `{ pkg }` for a package. `@/` is the project root.
 */
function resolveSpecifier(
  importer: string,
  spec: string,
  exists: (path: string) => boolean,
): { pkg: string } | { file: string } {
  const bare = spec.split('?')[0] ?? spec;
  let base: string;
  if (bare.startsWith('@/') || bare.startsWith('~/')) base = bare.slice(2);
  else if (bare.startsWith('.'))
    base = normalize(join(dirname(importer), bare))
      .split('\\')
      .join('/');
  else {
    const parts = bare.split('/');
    return { pkg: bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string) };
  }
  for (const ext of ['', '.ts', '.tsx', '/index.ts']) if (exists(base + ext)) return { file: base + ext };
  return { file: base };
}

/** The top folder of utils/ a project path is in ("utils/engine/text/x.ts" → "engine"), or null. */
export function topFolder(path: string): string | null {
  const m = /^utils\/([^/]+)\//.exec(path);
  return m ? (m[1] as string) : null;
}

/** The rule that applies to a file under utils/: its nearest folder with a rule. */
function ruleFor(path: string, rules: FolderRule[]): FolderRule | undefined {
  return rules
    .filter((r) => path.startsWith(`utils/${r.folder}/`))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** Every import in `files` (under utils/) that its folder's rule does not allow, as "file → target". */
export function violations(files: SourceFile[], rules: FolderRule[], exists: (path: string) => boolean) {
  const found: string[] = [];
  for (const file of files) {
    const rule = ruleFor(file.path, rules);
    const own = topFolder(file.path);
    if (!rule || !own) {
      found.push(`${file.path}: no folder rule applies`);
      continue;
    }
    for (const spec of specifiersOf(file.text)) {
      const target = resolveSpecifier(file.path, spec, exists);
      if ('pkg' in target) {
        if (!rule.packages.includes(target.pkg)) found.push(`${file.path} → package ${target.pkg}`);
        continue;
      }
      const folder = topFolder(target.file);
      if (folder === null) found.push(`${file.path} → ${target.file} (outside utils/)`);
      else if (folder !== own && !rule.folders.includes(folder)) found.push(`${file.path} → ${target.file}`);
    }
  }
  return found;
}

/** Every file `start` reaches through its imports (itself included), and the packages they import. */
export function reach(
  start: string[],
  files: Map<string, string>,
  exists: (path: string) => boolean,
): { files: Set<string>; packages: Map<string, string> } {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const text = files.get(path);
    if (text === undefined) continue;
    for (const spec of specifiersOf(text)) {
      const target = resolveSpecifier(path, spec, exists);
      if ('pkg' in target) packages.set(target.pkg, path);
      else queue.push(target.file);
    }
  }
  return { files: seen, packages };
}

/**
 * Names of the extension's API objects used as values (`browser.runtime`, `chrome.i18n`,
 * `globalThis.chrome`): comments and strings are not code, and `{ browser }` as a property name or a
 * parameter's own name is the caller handing an API in.
 */
export function extensionApiUses(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && (node.text === 'browser' || node.text === 'chrome')) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ts.isPropertySignature(parent) ||
        ts.isPropertyAssignment(parent) ||
        ts.isParameter(parent) ||
        ts.isBindingElement(parent) ||
        ts.isShorthandPropertyAssignment(parent) ||
        ts.isTypeReferenceNode(parent) ||
        ts.isQualifiedName(parent);
      if (!isName) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path}:${line + 1}: ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
