// Placeholder; replaced by the run toolbar in the next commit.
export function RunToolbar() {
  return null;
}
