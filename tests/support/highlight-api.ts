/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks. */
export function installHighlightApi(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  class Highlight extends Set<Range> {
    priority = 0;
  }
  Object.assign(window, { Highlight });
  // happy-dom's window.CSS is a getter that builds a new object each time: replace it outright.
  Object.defineProperty(window, 'CSS', {
    value: { highlights: registry },
    configurable: true,
    writable: true,
  });
  return registry;
}

/** Takes the stand-in away again (afterEach). */
export function removeHighlightApi(): void {
  Reflect.deleteProperty(window, 'Highlight');
  Object.defineProperty(window, 'CSS', { value: {}, configurable: true, writable: true });
}
