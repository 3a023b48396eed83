/**
 * What the map says on a deck step, and the regional view's legend, in every language.
 * Apart from the deck's own words (deck-strings.ts): the desk's regional view shows these too.
 */
import type { Lang } from '../vocabulary';

/** What the map itself says on a deck step, and the regional view's legend. */
const stepMapZh = {
  locator: (district: string) => `位置图：${district}在上海的位置`,
  noPlace: '国际合作条目在这张地图上没有位置',
  noPlaceDetail: '它们涉及的国家、地区和机构都在上海之外；条目见右侧卡片。',
  regionLegend: {
    arc: '上海与该地的合作，线越宽条目越多',
    place: '合作地点（大致中心）',
    sample: '地点',
    badge: '涉及该地的条目数',
    note: '一条记录可涉及多个地点，所以各地条目数相加可多于条目总数。',
  },
};

export type StepMapStrings = typeof stepMapZh;

const stepMapEn: StepMapStrings = {
  locator: (district: string) => `Locator: where ${district} lies in Shanghai`,
  noPlace: 'International items have no place on this map',
  noPlaceDetail: 'The countries, regions and organisations they name lie beyond Shanghai; the card lists them.',
  regionLegend: {
    arc: "Shanghai's cooperation with a place; the wider, the more records",
    place: 'Place (approximate centre)',
    sample: 'Place',
    badge: 'Records naming the place',
    note: "One record can name several places, so the places' counts can add up to more than the total.",
  },
};

export const STEP_MAP: Record<Lang, StepMapStrings> = { zh: stepMapZh, en: stepMapEn };
