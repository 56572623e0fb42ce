import { loadRubric } from '../../src/pipeline/rubric-files.ts';
const root = '/work/main';
for (const d of ['broken-rubric', 'rubric-misfiled']) {
const r = loadRubric(root, root + '/test/fixtures/' + d);
console.log(r.diagnostics, r.rubric.domains.map(d => d.id));
}
console.log(loadRubric(root, root + '/nope'));
