import type { RecordEntry } from '../domain/model';
import { SymbolIcon } from './SymbolIcon';
import { useAtlas, useStrings } from './context';

/** A record in a list: a button that opens it, with its layer symbol. */
export function RecordItem({ record }: { record: RecordEntry }) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const select = useAtlas((s) => s.selectRecord);
  const precision = record.location?.precision ?? 'district';
  return (
    <li>
      <button
        type="button"
        className="record-item"
        data-record={record.id}
        onClick={() => select(record.id, record.districts[0] ?? null)}
      >
        <SymbolIcon layer={record.layer} precision={precision} />
        <span className="record-item-text">
          <span className="record-item-name">{record.name[lang]}</span>
          <span className="record-item-kind">{t.kindNames[record.kind]}</span>
        </span>
      </button>
    </li>
  );
}
