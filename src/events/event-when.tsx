import type { CatalogEvent } from '../catalog/catalog-schema';
import { formatDayRange } from '../i18n/format';
import { pickText, useLanguage, useMessages } from '../i18n/use-i18n';
import { eventMessages } from './event-messages';

/** "Berlin, 29–30 March 2017", or the year alone when no source states the days. */
export function EventWhen({ event }: { event: CatalogEvent }) {
  const language = useLanguage();
  const eventT = useMessages(eventMessages);
  const city = event.city === undefined ? undefined : pickText(event.city, language);
  const when =
    event.startDate !== undefined ? (
      <time dateTime={event.startDate}>{formatDayRange(event.startDate, event.endDate ?? event.startDate, language)}</time>
    ) : (
      eventT.yearOnly(String(event.year))
    );
  return (
    <>
      {city === undefined ? eventT.virtual : <span lang={city.lang}>{city.text}</span>}
      {language === 'zh' ? '，' : ', '}
      {when}
    </>
  );
}
