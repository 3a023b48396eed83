import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchAtlas, type SearchHit } from './search-index';
import { useAtlas, useModel, useStrings } from './context';

/** A combobox over districts and records (WAI-ARIA 1.2 combobox pattern). */
export function Search() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const selectDistrict = useAtlas((s) => s.selectDistrict);
  const selectRecord = useAtlas((s) => s.selectRecord);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => searchAtlas(model, query, lang), [model, query, lang]);
  const open = query.trim().length > 0;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    if (hit.type === 'district') selectDistrict(hit.slug);
    else selectRecord(hit.id, hit.district);
    setQuery('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') choose(hits[active]);
    else if (e.key === 'Escape' && query) {
      setQuery('');
      e.stopPropagation();
    } else return;
    e.preventDefault();
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={t.searchLabel}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t.search}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t.search}>
          {hits.length === 0 && <li className="search-empty">{t.searchNoResult}</li>}
          {hits.map((h, i) => (
            <li
              key={h.type === 'district' ? h.slug : h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
            >
              <span className={`hit-type hit-${h.type}`}>
                {h.type === 'district' ? t.districtLabel : t.recordLabel}
              </span>
              {h.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
