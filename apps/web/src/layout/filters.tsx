import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

/** A page's choices kept in its address (?asOf=, ?from=), so a view can be linked to and printed: read one, set one. */
export function useAddressChoices() {
  const [search, setSearch] = useSearchParams();
  return {
    get: (name: string) => search.get(name),
    set(name: string, value: string) {
      // From the address as it is when applied, not as it was drawn: two changes in a row both stay.
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    },
  };
}

/** A row of filters over a page (each applied as it changes). */
export function Filters({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

/** A day filter: a date input whose value is in the address. */
export function DayFilter({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** A choice among fixed values, "any" first. */
export function ChoiceFilter({
  id,
  label,
  value,
  any,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  any: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
