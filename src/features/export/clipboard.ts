// The one way the console writes to the clipboard. The browser may refuse (no permission, page not focused): the
// caller tells the analyst instead of failing silently.
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
