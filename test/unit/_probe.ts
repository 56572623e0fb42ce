import { Compiler, CompilerOptions } from 'inkjs/full';
import { StoryRunner } from '../../src/engine/story-runner.ts';
function compile(src: string) {
  const messages: string[] = [];
  const fh = { ResolveInkFilename: (n: string) => n, LoadInkFileContents: (p: string) => { throw new Error('no ' + p); } };
  const c = new Compiler(src, new CompilerOptions('main.ink', [], true, (m: string) => messages.push(m), fh));
  let json = null; try { json = c.Compile().ToJson(); } catch (e) { messages.push('THROW ' + (e as Error).message); }
  return { json, messages };
}
const cases: Record<string,string> = {
  tunnelret: 'Hello.\n-> k\n=== k ===\nIn k.\n->->\n',
  strmul: 'VAR s = "a"\nHello.\n{s * 2}\n-> END\n',
  divvar: 'VAR t = 5\nHello.\n-> t\n',
  divvar2: 'VAR t = -> k\n~ t = 5\nHello.\n-> t\n=== k ===\nK\n-> END\n',
  listerr: 'LIST l = a, b\nVAR x = a\nHello.\n~ x = LIST_VALUE(x) + "q"\n{x}\n-> END\n',
  intdiv0: 'VAR z = 0\nVAR y = 1\nHello.\n~ y = y / z\n{y}\n-> END\n',
  modzero: 'VAR z = 0\nHello.\n{5 mod z}\n-> END\n',
  afterChoice: 'Hello.\n* [Go]\n  -> k\n=== k ===\nK\n->->\n',
  readcount: 'Hello.\n~ temp x = -> k\n{x * 2}\n-> END\n=== k ===\n-> END\n',
  funcNoReturn: 'Hello.\n{f()}\n-> END\n=== f ===\nnot a function\n-> END\n',
};
for (const [k, src] of Object.entries(cases)) {
  const { json, messages } = compile(src);
  console.log('==', k, messages, !!json);
  if (!json) continue;
  const r = new StoryRunner(json);
  try { const s = r.step(); console.log(JSON.stringify(s.lines.map(l=>l.text)), s.options.length); if (s.options.length) { r.choose(0); console.log(JSON.stringify(r.step())); } } catch (e) { console.log('ERR', (e as Error).name, (e as Error).message); }
}
