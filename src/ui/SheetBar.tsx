import { useRef, type PointerEvent } from 'react';
import { useStrings } from './context';

/** How far the panel is open where it is a bottom sheet (phones and upright tablets). */
export type SheetSize = 'peek' | 'half' | 'full';

const ORDER: readonly SheetSize[] = ['peek', 'half', 'full'];

/** A drag shorter than this is a tap. */
const DRAG_PX = 24;

/** One size up (or down), staying within peek…full. */
export function nextSheetSize(size: SheetSize, dir: 1 | -1): SheetSize {
  const i = ORDER.indexOf(size) + dir;
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, i))] ?? size;
}

/**
 * The bottom sheet's grip and close button. A tap on the grip opens the sheet one step
 * (from full, back to half); dragging it up or down moves it a step that way. The close
 * button leaves the selection, as Escape does. The CSS shows the bar only where the panel
 * is a bottom sheet.
 */
export function SheetBar({
  size,
  onSize,
  onClose,
}: {
  size: SheetSize;
  onSize: (size: SheetSize) => void;
  onClose: (() => void) | null;
}) {
  const t = useStrings();
  const start = useRef<number | null>(null);
  const dragged = useRef(false);
  return (
    <div
      className="sheet-bar"
      onPointerDown={(e: PointerEvent) => {
        start.current = e.clientY;
        dragged.current = false;
      }}
      onPointerUp={(e: PointerEvent) => {
        const from = start.current;
        start.current = null;
        if (from === null) return;
        const dy = e.clientY - from;
        if (Math.abs(dy) < DRAG_PX) return;
        dragged.current = true;
        onSize(nextSheetSize(size, dy < 0 ? 1 : -1));
      }}
      onPointerCancel={() => {
        start.current = null;
      }}
    >
      <button
        type="button"
        className="sheet-grip"
        data-testid="sheet-grip"
        aria-label={size === 'full' ? t.small.sheetCollapse : t.small.sheetExpand}
        aria-expanded={size === 'full'}
        onClick={() => {
          // The click that ends a drag is not a tap.
          if (dragged.current) {
            dragged.current = false;
            return;
          }
          onSize(size === 'full' ? 'half' : nextSheetSize(size, 1));
        }}
      >
        <span aria-hidden="true" />
      </button>
      {onClose && (
        <button type="button" className="sheet-close" data-testid="sheet-close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
