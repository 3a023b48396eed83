/** The words that name a tour step, shared by the caption card and the presenter view. */
import { assertNever } from '../../domain/exhaustive';
import type { AtlasModel } from '../../domain/model';
import { stepCounts, type TourStep } from '../../domain/tour';
import type { DeckUiStrings } from './use-deck-strings';
import type { Lang } from '../../vocabulary';

export function stepTitle(
  step: TourStep,
  model: AtlasModel,
  t: DeckUiStrings,
  lang: Lang,
): { eyebrow: string; title: string; standing: string | null } {
  // The same number the layers panel and the notes give (countByLayer / countByDistrict).
  const n = stepCounts(model, step).headline ?? 0;
  const f = step.focus;
  switch (f.type) {
    case 'city':
      return { eyebrow: t.deck.city, title: t.overviewIntro, standing: null };
    case 'matrix':
      return { eyebrow: t.deck.matrix, title: t.matrix.title, standing: null };
    case 'layer':
      return { eyebrow: t.deck.layer, title: `${t.layerNames[f.layer]} · ${t.records(n)}`, standing: null };
    case 'district': {
      const d = model.districtBySlug[f.district];
      const { core, cluster } = d.profile;
      // What the source supports: the 核心区 it names, or the place it names among its innovation clusters.
      const standing = cluster ? t.deck.standing(core ? t.deck.core : t.deck.cluster, cluster[lang]) : null;
      // The standing goes under the title, not into the card's header: a long one would wrap the header.
      return { eyebrow: t.deck.district, title: d.name[lang], standing };
    }
    case 'beyond': {
      const eyebrow = f.scope === 'region' ? t.deck.region : t.deck.international;
      return { eyebrow, title: `${eyebrow} · ${t.records(n)}`, standing: null };
    }
    default:
      return assertNever(f, 'deck step kind');
  }
}
