import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  testId?: string;
  /** Extra classes for where the switch sits (a category in a wrapping list). */
  class?: string;
  title?: string;
}

/** A labelled checkbox that reports its new state. */
export function Switch({ checked, onChange, children, testId, class: extra, title }: SwitchProps) {
  return (
    <label class={extra ? `switch ${extra}` : 'switch'} title={title}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        data-testid={testId}
      />
      {children}
    </label>
  );
}
