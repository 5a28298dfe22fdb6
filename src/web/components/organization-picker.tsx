import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { api } from '../lib/api-client.ts';
import type { LocalizedText, ResponseOf } from '../lib/api-types.ts';
import { useI18n } from '../lib/i18n.tsx';

export type OrganizationChoice = { id: string; key: string; name: LocalizedText };

type InputProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** Waits until typing pauses, so the picker asks the server once per pause rather than once per key. */
function useSettled(value: string, ms = 200) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Pick an organisation by typing part of its name, in either language (or its key): a combobox over the
 * directory (ARIA 1.2 pattern: arrows move, Enter picks, Escape closes), listing names in the page's language
 * with the key beside them. Nobody has to know a UUID. Admin only: it reads /organizations/lookup.
 */
export function OrganizationPicker({
  value,
  onChange,
  inputProps,
  disabled,
}: {
  value: OrganizationChoice | null;
  onChange: (choice: OrganizationChoice | null) => void;
  inputProps: InputProps;
  disabled?: boolean;
}) {
  const { t, pick } = useI18n();
  const listId = useId();
  const [text, setText] = useState(value ? pick(value.name) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useSettled(text.trim());
  // A choice made elsewhere (a reset form, another row) shows its name here.
  useEffect(() => {
    if (value) setText(pick(value.name));
  }, [value, pick]);
  const found = useQuery({
    queryKey: ['organizations', 'lookup', q],
    queryFn: () => api.get<ResponseOf<'lookupOrganizations'>>('/organizations/lookup', { q }),
    enabled: open && q.length > 0,
    staleTime: 30_000,
  });
  const items = found.data?.items ?? [];
  const choose = (o: OrganizationChoice) => {
    onChange({ id: o.id, key: o.key, name: o.name });
    setText(pick(o.name));
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (items.length ? (i + step + items.length) % items.length : 0));
    } else if (e.key === 'Enter' && open && items[active]) {
      e.preventDefault(); // picking is not submitting the form
      choose(items[active]!);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const showList = open && q.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="combobox">
      <input
        {...inputProps}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && items[active] ? optionId(active) : undefined}
        placeholder={t('pickerPlaceholder')}
        disabled={disabled}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null); // the text no longer names the chosen one
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        className="combobox-list"
        hidden={!showList}
        aria-label={t('pickerResults')}
      >
        {items.map((o, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys act on the input, which points here by aria-activedescendant (the combobox pattern)
          <div
            key={o.id}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'combobox-option active' : 'combobox-option'}
            // mousedown would blur the input (closing the list) before the click lands
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {pick(o.name)} <span className="muted">{o.key}</span>
          </div>
        ))}
        {showList && !found.isFetching && found.isSuccess && items.length === 0 && (
          <p className="combobox-empty muted">{t('pickerNoMatch')}</p>
        )}
      </div>
    </div>
  );
}
