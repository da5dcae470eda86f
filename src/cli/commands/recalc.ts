export async function recalc(_file: string, _options: { out: string; force?: boolean }) {
  throw new Error("not yet");
}
