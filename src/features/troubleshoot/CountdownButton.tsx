// A button that is disabled until a moment in time, saying how long is left: "Run again" after a 429's Retry-After.
import { useEffect, useState } from 'react';

function secondsLeft(readyAt: number): number {
  return Math.max(0, Math.ceil((readyAt - Date.now()) / 1000));
}

/** Keyed by `readyAt` in the caller, so a new wait starts a new countdown. */
export function CountdownButton({ label, readyAt, onClick }: { label: string; readyAt: number; onClick(): void }) {
  const [left, setLeft] = useState(() => secondsLeft(readyAt));
  useEffect(() => {
    if (secondsLeft(readyAt) === 0) return;
    const timer = setInterval(() => {
      const next = secondsLeft(readyAt);
      setLeft(next);
      if (next === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [readyAt]);
  const waiting = left > 0;
  return (
    <button type="button" disabled={waiting} onClick={onClick}>
      {waiting ? `${label} in ${left} s` : label}
    </button>
  );
}
