/** The validated contents of every data file, as one typed value. */
import type {
  BordersFile,
  ChinaFile,
  ContextFile,
  DistrictProfile,
  DistrictsFile,
  Industry,
  InitiativeRecord,
  Region,
} from './schema';

export interface AtlasData {
  districts: DistrictsFile;
  context: ContextFile;
  china: ChinaFile;
  borders: BordersFile;
  records: InitiativeRecord[];
  profiles: DistrictProfile[];
  industries: Industry[];
  regions: Region[];
  /** The source report, as committed (line breaks included). */
  source: string;
}

/** Where each part of AtlasData lives, so every message can name its file. */
export const DATA_FILES = {
  districts: 'geo/districts.geojson',
  context: 'geo/context.geojson',
  china: 'geo/china.geojson',
  borders: 'geo/borders.geojson',
  records: 'geo/data/records.json',
  profiles: 'geo/data/profiles.json',
  industries: 'geo/data/industries.json',
  regions: 'geo/data/regions.json',
  source: 'geo/source/shanghai-st-progress-report-2016-section-2.2.zh.txt',
} as const satisfies Record<keyof AtlasData, string>;

export type DataFileKey = keyof typeof DATA_FILES;
