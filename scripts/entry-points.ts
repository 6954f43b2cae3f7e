/**
 * Reads the entry points that src/Code.ts exports, with their parameter names and JSDoc, and
 * renders them as the top-level declarations Apps Script looks for (esbuild drops comments,
 * and Apps Script finds entry points and custom-function help only in such declarations).
 */
import ts from 'typescript';

export interface EntryPoint {
  name: string;
  params: string[];
  jsdoc: string;
  custom: boolean;
}

/** Every name the entry file exports, in its order; throws on anything Apps Script could not use. */
export function entryPoints(entryFile: string): EntryPoint[] {
  const program = ts.createProgram([entryFile], {
    resolveJsonModule: true,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2019,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entryFile} is not a module with exports`);
  const problems: string[] = [];
  const entries: EntryPoint[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!decl) {
      problems.push(`${name} is not a function declaration`);
      continue;
    }
    const params = decl.parameters.map((p) => p.name.getText());
    const docs = ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc);
    const jsdoc = docs.length ? docs[docs.length - 1].getText() : '';
    const custom = /@customfunction\b/.test(jsdoc);
    if (custom) problems.push(...customFunctionProblems(name, params, jsdoc));
    entries.push({ name, params, jsdoc, custom });
  }
  if (problems.length) throw new Error(`${entryFile} entry points:\n  ${problems.join('\n  ')}`);
  return entries;
}

/** Sheets' rules and ours: TIP_ names not ending in "_", and help that matches the parameters. */
export function customFunctionProblems(name: string, params: string[], jsdoc: string): string[] {
  const problems: string[] = [];
  if (!/^TIP_[A-Z0-9_]*[A-Z0-9]$/.test(name)) {
    problems.push(`${name}: custom functions are named TIP_… in capitals and do not end in "_"`);
  }
  const documented = [...jsdoc.matchAll(/@param\s+\{[^}]+\}\s+\[?(\w+)/g)].map((m) => m[1]);
  if (documented.join(',') !== params.join(',')) {
    problems.push(
      `${name}: @param names (${documented.join(', ')}) differ from its parameters (${params.join(', ')})`,
    );
  }
  for (const tag of ['@return', '@example']) {
    if (!jsdoc.includes(tag)) problems.push(`${name}: its JSDoc has no ${tag}`);
  }
  return problems;
}

/** Reindents a JSDoc block to column 0. */
function tidy(jsdoc: string): string {
  return jsdoc
    .split('\n')
    .map((line) => line.replace(/^\s*\*/, ' *'))
    .join('\n');
}

/**
 * `function NAME(params) { return GLOBAL.NAME(params); }`, a custom function's under its JSDoc
 * (Sheets' formula help); the other entry points' comments are for the source only.
 */
export function renderDeclarations(entries: EntryPoint[], globalName: string): string {
  return entries
    .map(({ name, params, jsdoc, custom }) => {
      const list = params.join(', ');
      const doc = custom && jsdoc ? tidy(jsdoc) + '\n' : '';
      return `${doc}function ${name}(${list}) {\nreturn ${globalName}.${name}(${list})\n}\n`;
    })
    .join('');
}
