import { speakerMessages } from './speaker-messages';
import { Link, useParams } from 'react-router-dom';
import { useCatalog } from '../catalog/catalog-store';
import { NotFoundPage } from '../components/not-found-page';
import { PageHeading } from '../components/page-heading';
import { formatCount } from '../i18n/format';
import { pickText, useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { speakersOf } from './speaker-id';

export function SpeakerPage() {
  const { id = '' } = useParams();
  const catalog = useCatalog();
  const t = useT();
  const speakerT = useMessages(speakerMessages);
  const language = useLanguage();
  const entry = speakersOf(catalog).get(id);
  if (!entry) return <NotFoundPage detail={speakerT.speakerNotFound(id)} />;
  const { speaker, talks } = entry;
  return (
    <section className="speaker-page" aria-labelledby="speaker-talks">
      <title>{`${speakerT.speakerPageTitle(speaker.name)} · ${t.siteName}`}</title>
      <p className="back-link">
        <Link to={paths.home()}>← {t.backToList}</Link>
      </p>
      <PageHeading>{speaker.name}</PageHeading>
      <p className="affiliation">{speaker.affiliation}</p>
      <h2 id="speaker-talks">{speakerT.speakerTalks(formatCount(talks.length, language))}</h2>
      <ul className="speaker-talks">
        {talks.map((talk) => {
          const title = pickText(talk.title, language);
          return (
            <li key={talk.id}>
              <Link to={paths.talk(talk.id)} lang={title.lang}>
                {title.text}
              </Link>{' '}
              <span className="tag tag-level">{t.levels[talk.level]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
