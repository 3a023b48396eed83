import { useStrings } from './context';

/** The source phrase a record rests on; always shown in the original Chinese. */
export function Quote({ text }: { text: string }) {
  const t = useStrings();
  return (
    <blockquote className="quote" lang="zh">
      <span className="quote-label" lang={undefined}>
        {t.sourceQuote}
      </span>
      {text}
    </blockquote>
  );
}
