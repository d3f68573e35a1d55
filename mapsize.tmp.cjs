const fs=require('fs');const {SourceMapConsumer}=require('source-map-js');
const file=process.argv[2];const code=fs.readFileSync(file,'utf8');const map=JSON.parse(fs.readFileSync(file+'.map','utf8'));
const c=new SourceMapConsumer(map);const lines=code.split('\n');const sizes={};
c.eachMapping(m=>{});
// attribute each char by nearest preceding mapping
let last=null;const mappings=[];c.eachMapping(m=>mappings.push(m));
mappings.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
for(let i=0;i<mappings.length;i++){const m=mappings[i];const n=mappings[i+1];let len;
 if(n&&n.generatedLine===m.generatedLine)len=n.generatedColumn-m.generatedColumn;else len=(lines[m.generatedLine-1]||'').length-m.generatedColumn;
 let s=(m.source||'?').replace(/.*node_modules\//,'nm:').replace(/^(nm:(@[^/]+\/)?[^/]+).*/,'$1');
 if(!s.startsWith('nm:'))s=s.replace(/.*\/(mocks|src)\//,'$1/').replace(/^(mocks\/[^/]+(\/[^/]+)?).*/,'$1');
 sizes[s]=(sizes[s]||0)+len;}
Object.entries(sizes).sort((a,b)=>b[1]-a[1]).slice(0,40).forEach(([k,v])=>console.log(String(v).padStart(8),k));
