import { useState } from 'react';
import type { RecordEntry } from '../domain/model';
import { RecordItem } from './RecordItem';
import { useStrings } from './context';

/** Rows shown before "show all": enough for any district of the report, short for large datasets. */
export const LIST_LIMIT = 40;

/** A list of records that stays quick with thousands: the first LIST_LIMIT, then all on request. */
export function RecordList({ records }: { records: readonly RecordEntry[] }) {
  const t = useStrings();
  const [all, setAll] = useState(false);
  const shown = all ? records : records.slice(0, LIST_LIMIT);
  return (
    <>
      <ul className="record-list">
        {shown.map((r) => (
          <RecordItem key={r.id} record={r} />
        ))}
      </ul>
      {shown.length < records.length && (
        <button type="button" className="link show-all" onClick={() => setAll(true)}>
          {t.showAll(records.length)}
        </button>
      )}
    </>
  );
}
