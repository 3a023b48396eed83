/**
 * Names the boundary package does not carry: the project's slug, the English name
 * and the pinyin (for search), keyed by the national administrative code.
 */
import type { DistrictSlug } from '../../src/domain/schema';

export interface DistrictNaming {
  slug: DistrictSlug;
  name_en: string;
  pinyin: string;
}

export const DISTRICT_NAMING: Readonly<Record<number, DistrictNaming>> = {
  310101: { slug: 'huangpu', name_en: 'Huangpu', pinyin: 'Huangpu Qu' },
  310104: { slug: 'xuhui', name_en: 'Xuhui', pinyin: 'Xuhui Qu' },
  310105: { slug: 'changning', name_en: 'Changning', pinyin: 'Changning Qu' },
  310106: { slug: 'jingan', name_en: "Jing'an", pinyin: 'Jingan Qu' },
  310107: { slug: 'putuo', name_en: 'Putuo', pinyin: 'Putuo Qu' },
  310109: { slug: 'hongkou', name_en: 'Hongkou', pinyin: 'Hongkou Qu' },
  310110: { slug: 'yangpu', name_en: 'Yangpu', pinyin: 'Yangpu Qu' },
  310112: { slug: 'minhang', name_en: 'Minhang', pinyin: 'Minhang Qu' },
  310113: { slug: 'baoshan', name_en: 'Baoshan', pinyin: 'Baoshan Qu' },
  310114: { slug: 'jiading', name_en: 'Jiading', pinyin: 'Jiading Qu' },
  310115: { slug: 'pudong', name_en: 'Pudong New Area', pinyin: 'Pudong Xinqu' },
  310116: { slug: 'jinshan', name_en: 'Jinshan', pinyin: 'Jinshan Qu' },
  310117: { slug: 'songjiang', name_en: 'Songjiang', pinyin: 'Songjiang Qu' },
  310118: { slug: 'qingpu', name_en: 'Qingpu', pinyin: 'Qingpu Qu' },
  310120: { slug: 'fengxian', name_en: 'Fengxian', pinyin: 'Fengxian Qu' },
  310151: { slug: 'chongming', name_en: 'Chongming', pinyin: 'Chongming Qu' },
};

/** English names of Jiangsu's and Zhejiang's prefecture-level cities, drawn as the land around Shanghai. */
export const CITY_NAMES_EN: Readonly<Record<number, string>> = {
  320100: 'Nanjing',
  320200: 'Wuxi',
  320300: 'Xuzhou',
  320400: 'Changzhou',
  320500: 'Suzhou',
  320600: 'Nantong',
  320700: 'Lianyungang',
  320800: "Huai'an",
  320900: 'Yancheng',
  321000: 'Yangzhou',
  321100: 'Zhenjiang',
  321200: 'Taizhou (Jiangsu)',
  321300: 'Suqian',
  330100: 'Hangzhou',
  330200: 'Ningbo',
  330300: 'Wenzhou',
  330400: 'Jiaxing',
  330500: 'Huzhou',
  330600: 'Shaoxing',
  330700: 'Jinhua',
  330800: 'Quzhou',
  330900: 'Zhoushan',
  331000: 'Taizhou (Zhejiang)',
  331100: 'Lishui',
};

/** English names of China's provincial-level divisions (and the South China Sea dashed line), by code. */
export const PROVINCE_NAMES_EN: Readonly<Record<number, string>> = {
  110000: 'Beijing',
  120000: 'Tianjin',
  130000: 'Hebei',
  140000: 'Shanxi',
  150000: 'Inner Mongolia',
  210000: 'Liaoning',
  220000: 'Jilin',
  230000: 'Heilongjiang',
  310000: 'Shanghai',
  320000: 'Jiangsu',
  330000: 'Zhejiang',
  340000: 'Anhui',
  350000: 'Fujian',
  360000: 'Jiangxi',
  370000: 'Shandong',
  410000: 'Henan',
  420000: 'Hubei',
  430000: 'Hunan',
  440000: 'Guangdong',
  450000: 'Guangxi',
  460000: 'Hainan',
  500000: 'Chongqing',
  510000: 'Sichuan',
  520000: 'Guizhou',
  530000: 'Yunnan',
  540000: 'Tibet',
  610000: 'Shaanxi',
  620000: 'Gansu',
  630000: 'Qinghai',
  640000: 'Ningxia',
  650000: 'Xinjiang',
  710000: 'Taiwan',
  810000: 'Hong Kong',
  820000: 'Macao',
  // DataV's feature 100000 (adchar "JD"): the dashed line in the South China Sea, drawn as on the source map.
  100000: 'Nine-dash line',
};
