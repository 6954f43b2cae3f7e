// Reads the entry points that src/Code.ts exports, with their parameter names and JSDoc, and
// renders them as the top-level declarations Apps Script looks for (esbuild drops comments).
import ts from 'typescript';

/** [{ name, params, jsdoc, custom }] for every name the entry file exports, in its order. */
export function entryPoints(entryFile) {
  const program = ts.createProgram([entryFile], {
    allowJs: false,
    resolveJsonModule: true,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2019,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const problems = [];
  const entries = checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const name = exported.getName();
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!decl) {
      problems.push(`${name} is not a function declaration`);
      return null;
    }
    const params = decl.parameters.map((p) => p.name.getText());
    const docs = ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc);
    const jsdoc = docs.length ? docs[docs.length - 1].getText() : '';
    const custom = /@customfunction\b/.test(jsdoc);
    if (custom) checkCustomFunction(name, params, jsdoc, problems);
    return { name, params, jsdoc, custom };
  });
  if (problems.length) throw new Error(`src/Code.ts entry points:\n  ${problems.join('\n  ')}`);
  return entries;
}

function checkCustomFunction(name, params, jsdoc, problems) {
  if (!/^TIP_[A-Z0-9_]*[A-Z0-9]$/.test(name)) {
    problems.push(`${name}: custom functions are named TIP_… in capitals and do not end in "_"`);
  }
  const documented = [...jsdoc.matchAll(/@param\s+\{[^}]+\}\s+\[?(\w+)/g)].map((m) => m[1]);
  if (documented.join(',') !== params.join(',')) {
    problems.push(`${name}: @param names (${documented.join(', ')}) differ from its parameters (${params.join(', ')})`);
  }
  for (const tag of ['@return', '@example']) {
    if (!jsdoc.includes(tag)) problems.push(`${name}: its JSDoc has no ${tag}`);
  }
}

/** Reindents a JSDoc block to column 0. */
function tidy(jsdoc) {
  return jsdoc
    .split('\n')
    .map((line) => line.replace(/^\s*\*/, ' *').replace(/^\s*\/\*\*/, '/**'))
    .join('\n');
}

export function renderDeclarations(entries, globalName) {
  return entries
    .map(({ name, params, jsdoc }) => {
      const list = params.join(', ');
      const doc = jsdoc ? tidy(jsdoc) + '\n' : '';
      return `${doc}function ${name}(${list}) {\n  return ${globalName}.${name}(${list});\n}\n`;
    })
    .join('\n');
}
