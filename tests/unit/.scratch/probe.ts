import { readFileSync } from 'node:fs';
import { validateAtlasData } from '../../../src/domain/validate';
import { joinAtlas } from '../../../src/domain/join';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
const r = (p: string) => readFileSync('/work/main/' + p, 'utf8');
const raw = { districts: JSON.parse(r('geo/districts.geojson')), context: JSON.parse(r('geo/context.geojson')), records: JSON.parse(r('geo/data/records.json')), profiles: JSON.parse(r('geo/data/profiles.json')), industries: JSON.parse(r('geo/data/industries.json')), regions: JSON.parse(r('geo/data/regions.json')), source: r('geo/source/shanghai-st-progress-report-2016-section-2.2.zh.txt') };
const v = validateAtlasData(raw);
if (!v.ok) throw new Error('x');
const m = joinAtlas(v.data);
const seen = new Map<string, string[]>();
for (const p of m.placed) { const k = p.lng + ',' + p.lat; seen.set(k, [...(seen.get(k) ?? []), p.id + '/' + p.precision]); 
  if (!booleanPointInPolygon([p.lng,p.lat], m.districtBySlug[p.district].geometry)) console.log('outside', p.id); }
for (const [k, ids] of seen) if (ids.length > 1) console.log('dup', k, ids);
for (const d of m.districts) { const ps = m.placed.filter(p=>p.district===d.slug && p.precision==='district'); console.log(d.slug, ps.length, ps.filter(p=>p.lng===d.label[0]&&p.lat===d.label[1]).length); }
// industries usage
const use = new Map<string,number>(); for (const rec of v.data.records) for (const i of rec.industries) use.set(i,(use.get(i)??0)+1);
console.log([...use].sort((a,b)=>a[1]-b[1]).slice(0,5));
for (const rec of v.data.records.filter(x=>x.districts[0]==='huangpu'||x.districts[0]==='hongkou')) console.log(rec.id, rec.industries, rec.location);
console.log(v.data.profiles.filter(p=>p.industries.length===1).map(p=>p.district+':'+p.industries));
