import type { ComponentChildren } from 'preact';

export interface CardProps {
  /** The heading's id, which names the section for assistive technology. */
  id: string;
  title: ComponentChildren;
  children: ComponentChildren;
}

/** A titled section of the popup or the options page. */
export function Card({ id, title, children }: CardProps) {
  return (
    <section class="card" aria-labelledby={id}>
      <h2 class="card__title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
