const {openPackage}=require('./lib/cli/xlsx-package');
const wc=require('./lib/cli/workbook-calc');
(async()=>{const pkg=await openPackage(require('fs').readFileSync('/tmp/g/crm.xlsx'),'x');
const xmls=await Promise.all(pkg.sheets.map(s=>pkg.zip.file(s.path).async('string')));
console.time('calc'); const c=wc.recalculate(pkg,xmls); console.timeEnd('calc');
})();
