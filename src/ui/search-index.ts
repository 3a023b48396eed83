/**
 * Matching for the search box: districts by Chinese, English or pinyin (with or without
 * spaces and the "Qu" suffix), records by Chinese or English name.
 */
import type { AtlasModel } from '../domain/model';
import type { DistrictSlug } from '../domain/schema';
import type { Lang } from '../vocabulary';

export type SearchHit =
  | { type: 'district'; slug: DistrictSlug; label: string }
  | { type: 'record'; id: string; district: DistrictSlug | null; label: string };

function fold(s: string): string {
  return s.toLowerCase().replace(/[\s'’·\-_]/g, '');
}

/** Districts first, then records; at most `limit` hits. */
export function searchAtlas(model: AtlasModel, query: string, lang: Lang, limit = 8): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const d of model.districts) {
    const keys = [d.name.zh, d.name.en, d.pinyin, d.slug].map(fold);
    if (keys.some((k) => k.includes(q))) hits.push({ type: 'district', slug: d.slug, label: d.name[lang] });
  }
  for (const r of model.records) {
    if ([r.name.zh, r.name.en].map(fold).some((k) => k.includes(q)))
      hits.push({ type: 'record', id: r.id, district: r.districts[0] ?? null, label: r.name[lang] });
  }
  return hits.slice(0, limit);
}
