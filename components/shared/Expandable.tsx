import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface ExpandableDefinitionProps {
  id: string;
  /** Cut to a few lines (by `${textClass}--cut`) until the recruiter asks for the rest. */
  long: boolean;
  /** The term defined, for the button's accessible name. */
  term: string;
  textClass: string;
  buttonClass: string;
  children: ComponentChildren;
}

/** A definition whose whole text is one click away: the popup's term list and the hover card share it. */
export function ExpandableDefinition(props: ExpandableDefinitionProps) {
  const [open, setOpen] = useState(false);
  const { id, long, textClass } = props;
  return (
    <>
      <p class={`${textClass}${long && !open ? ` ${textClass}--cut` : ''}`} id={id}>
        {props.children}
      </p>
      {long ? (
        <button
          type="button"
          class={props.buttonClass}
          aria-expanded={open}
          aria-controls={id}
          aria-label={`${open ? 'Shorten' : 'Read all of'} the definition of ${props.term}`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'Read all'}
        </button>
      ) : null}
    </>
  );
}
