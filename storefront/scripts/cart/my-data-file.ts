/**
 * The name to save the buyer's data under: the server's, when its Content-Disposition can be
 * read (only a plain file name is taken, never a path), else one with today's date.
 */
export function downloadName(disposition: string | null, today: Date): string {
  const named = /filename="?([\w.-]+\.json)"?/i.exec(disposition ?? "")?.[1];
  return named ?? `du-lieu-cua-toi-${today.toISOString().slice(0, 10)}.json`;
}
