/** "TIP timeline", then "TIP timeline 2", "TIP timeline 3"… the first name not taken. */
export function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`;
    if (!taken(name)) return name;
  }
}
