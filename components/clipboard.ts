/**
 * Copies text for the recruiter (search strings, keywords). False when the browser refuses, for example
 * while the page is not focused, so that the button can say it did not copy instead of failing silently.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
