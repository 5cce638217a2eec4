// The inline text box that renames a tab: Enter or leaving it keeps the name, Escape keeps the old one.
import { useRef, type CSSProperties } from 'react';
import { TAB_NAME_MAX_LENGTH } from '../../state/tabsSlice';

interface TabRenameBoxProps {
  name: string;
  style: CSSProperties;
  /** The new name, or null to keep the old one; called once. */
  onDone(name: string | null): void;
}

export function TabRenameBox({ name, style, onDone }: TabRenameBoxProps) {
  const done = useRef(false);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(value);
  };
  return (
    <input
      type="text"
      className="query-tab-rename"
      aria-label="Tab name"
      defaultValue={name}
      maxLength={TAB_NAME_MAX_LENGTH}
      style={style}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(event.currentTarget.value);
        else if (event.key === 'Escape') finish(null);
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
      onBlur={(event) => finish(event.currentTarget.value)}
    />
  );
}
