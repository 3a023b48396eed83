import { STRINGS } from '../i18n/strings';

/** Shown instead of the app when the data does not validate: every problem, named. */
export function ErrorScreen({ problems }: { problems: string[] }) {
  return (
    <main className="error-screen" role="alert">
      {(['zh', 'en'] as const).map((lang) => (
        <div key={lang} lang={lang}>
          <h1>{STRINGS[lang].dataErrorTitle}</h1>
          <p>{STRINGS[lang].dataErrorHelp}</p>
        </div>
      ))}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
