"use client";

import { useRef, useState } from "react";
import { mentionQueryAt } from "@/lib/comments/mentions";

const MAX_SUGGESTIONS = 6;

/** A comment box that completes `@name` from the people who can be mentioned. */
export function MentionTextarea({ name, id, users, defaultValue, label }: { name: string; id: string; users: { id: string; name: string }[]; defaultValue?: string; label: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [match, setMatch] = useState<{ start: number; names: string[] } | null>(null);
  const [active, setActive] = useState(0);

  const update = () => {
    const element = box.current;
    if (!element) return;
    const found = mentionQueryAt(element.value, element.selectionStart);
    const query = found?.query.toLowerCase();
    const names = query === undefined ? [] : users.map((user) => user.name).filter((candidate) => candidate.toLowerCase().startsWith(query) && candidate.toLowerCase() !== query).slice(0, MAX_SUGGESTIONS);
    setMatch(found && names.length ? { start: found.start, names } : null);
    setActive(0);
  };

  const choose = (chosen: string) => {
    const element = box.current;
    if (!element || !match) return;
    const caret = element.selectionStart;
    const inserted = `@${chosen} `;
    element.value = element.value.slice(0, match.start) + inserted + element.value.slice(caret);
    element.selectionStart = element.selectionEnd = match.start + inserted.length;
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.focus();
    setMatch(null);
  };

  return (
    <div className="field mention-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={box}
        id={id}
        name={name}
        rows={3}
        defaultValue={defaultValue}
        maxLength={10_000}
        aria-autocomplete="list"
        aria-controls={`${id}-mentions`}
        onInput={update}
        onClick={update}
        onKeyDown={(event) => {
          if (!match) return;
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => (index + (event.key === "ArrowDown" ? 1 : match.names.length - 1)) % match.names.length);
          } else if (event.key === "Enter" || event.key === "Tab") {
            event.preventDefault();
            choose(match.names[active]!);
          } else if (event.key === "Escape") setMatch(null);
        }}
      />
      {match && (
        <ul className="mention-suggestions" id={`${id}-mentions`} role="listbox" aria-label="People to mention">
          {match.names.map((candidate, index) => (
            <li key={candidate} role="option" aria-selected={index === active} onMouseDown={(event) => { event.preventDefault(); choose(candidate); }}>
              @{candidate}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">**bold**, *emphasis*, [link](https://…), &gt; quote, @name</p>
    </div>
  );
}
