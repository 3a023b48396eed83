/**
 * What the deck adds on the map for a step, beyond what every step has: the locator map
 * while one district is framed, the regional view's legend, and, for a step whose subject
 * has no place on the map (international cooperation), the city dimmed with a note that
 * says so, so that step never looks like the city overview.
 */
import type { TourStep } from '../../domain/tour';
import { RegionLegend } from '../RegionLegend';
import { useAtlasShallow, useStrings } from '../context';
import { Locator } from './Locator';

export function StepMap({ step }: { step: TourStep }) {
  const t = useStrings();
  const { district, mapView } = useAtlasShallow((s) => ({ district: s.district, mapView: s.mapView }));
  if (mapView === 'region') return <RegionLegend deck />;
  if (district) return <Locator district={district} />;
  if (step.focus.type === 'beyond' && step.focus.scope === 'international')
    return (
      <div className="deck-noplace" data-testid="deck-noplace">
        <div className="deck-noplace-note" role="note">
          <strong>{t.stepMap.noPlace}</strong>
          <span>{t.stepMap.noPlaceDetail}</span>
        </div>
      </div>
    );
  return null;
}
