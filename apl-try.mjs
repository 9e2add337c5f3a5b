import { StaticAplTemplateValidator } from 'apl-suggester';
import { readFileSync } from 'node:fs';
const v = new StaticAplTemplateValidator();
for (const n of process.argv.slice(2)) {
const doc = JSON.parse(readFileSync(`skill-package/response/display/${n}/document.json`,'utf8'));
console.log(n, JSON.stringify(await v.validate(doc)), JSON.stringify(doc).length);
}
