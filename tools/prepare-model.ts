/**
 * The model, ready to ship (src/data/prepared.ts): what the browser cannot cheaply rebuild,
 * nothing it can. Build time only: the topology's encoder stays out of the app. The
 * summaries come out of the records into columns of their own (`summaries`), which a
 * build moves to a file of their own (tools/vite-atlas-data.ts).
 */
import { PREPARED_FORMAT, PREPARED_VERSION, PRECISIONS, SHAPES, type PreparedModel } from '../src/data/prepared.ts';
import { DISTRICT_SLUGS, LAYER_IDS } from '../src/vocabulary.ts';
import type { AtlasModel } from '../src/domain/model.ts';
import type { InitiativeRecord } from '../src/domain/schema.ts';
import { summaryColumns } from '../src/data/summaries.ts';
import { encodeShapes } from './shapes-encode.ts';

export function prepareModel(model: AtlasModel<InitiativeRecord>): Required<PreparedModel> {
  const p = model.placed;
  const recordIndex = new Map(model.records.map((r, i) => [r.id, i]));
  const outlines = { type: 'GeometryCollection', geometries: model.districts.map((d) => d.geometry) };
  return {
    format: PREPARED_FORMAT,
    version: PREPARED_VERSION,
    districts: model.districts.map(({ geometry, recordIds, ...d }) => d),
    records: model.records.map(({ summary, ...r }) => r),
    summaries: summaryColumns(model.records),
    placed: {
      record: p.map((x) => recordIndex.get(x.id) ?? -1),
      district: p.map((x) => DISTRICT_SLUGS.indexOf(x.district)),
      layer: p.map((x) => LAYER_IDS.indexOf(x.layer)),
      precision: p.map((x) => PRECISIONS.indexOf(x.precision)),
      lng: p.map((x) => x.lng),
      lat: p.map((x) => x.lat),
    },
    industries: model.industries,
    regions: model.regions,
    shapes: encodeShapes({
      [SHAPES.districts]: outlines,
      [SHAPES.context]: model.contextGeo,
      [SHAPES.borders]: model.bordersGeo,
    }),
    bounds: model.bounds,
    classes: model.classes,
  };
}
