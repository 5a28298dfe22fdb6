import { type FormEvent, useState } from 'react';
import { useT } from '../../lib/i18n.tsx';

/** A search field that searches on submit (a phone keyboard's search key), not on every keystroke. */
export function SearchBox({ label, onSearch }: { label: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(text.trim());
  }
  return (
    <search>
      <form className="public-search" onSubmit={submit}>
        <label>
          {label}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">{t('pubSearch')}</button>
      </form>
    </search>
  );
}
