export type ParagraphsProps = { text: string; lang: string; className?: string };

/** A text whose paragraphs are separated by blank lines, as paragraphs. */
export function Paragraphs({ text, lang, className }: ParagraphsProps) {
  const paragraphs = text.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '');
  return (
    <div className={className} lang={lang}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
