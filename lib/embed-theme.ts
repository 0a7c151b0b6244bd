/** The look a help center asks for in the embed URL: light or dark, and an accent colour. */
export type EmbedTheme = { dark: boolean; accent: string | null };

const BACKGROUND = { light: "#ffffff", dark: "#020617" };

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a.slice(1)), luminance(b.slice(1))].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The theme an embed URL asks for (as read by the step URL codec: an accent of six hex digits).
 * An accent that would not keep text and links readable (WCAG AA, 4.5:1 on the background) is
 * ignored.
 */
export function readEmbedTheme({
  dark,
  accent,
}: {
  dark: boolean;
  accent: string | null;
}): EmbedTheme {
  const readable =
    accent && contrast(`#${accent}`, dark ? BACKGROUND.dark : BACKGROUND.light) >= 4.5
      ? accent
      : null;
  return { dark, accent: readable };
}
