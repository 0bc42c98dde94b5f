// The reader's list tools. Loaded only when the reader opens them (React.lazy in the catalog
// page), so the first load of the catalog does not pay for them.
import { findTalk } from '../catalog/catalog-lookups';
import { useCatalogTotals } from '../catalog/catalog-store';
import { listToolsMessages } from './list-tools-messages';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Catalog, Talk } from '../catalog/catalog-schema';
import { formatCount } from '../i18n/format';
import { useLanguage, useMessages, useT } from '../i18n/use-i18n';
import { paths } from '../paths';
import { useVideoSource } from '../preferences/preferences-store';
import { parseExportFile, toExportFile } from './export-file';
import { mergeSummary } from './merge-summary';
import { MAX_SHARED_IDS, sharedIdsOf } from './reader-list-format';
import { useReaderListStore } from './reader-list-store';
import { talksToMarkdown } from './talks-to-markdown';

export type ListToolsProps = { catalog: Catalog; visibleTalks: readonly Talk[]; heading: string };

/** `detail`: a technical line under the text (a parser's own words), if any. */
type Status = { kind: 'ok' | 'error'; text: string; detail?: string | undefined };

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // No permission or no secure context: the text is shown for copying by hand.
  }
}

/** FileReader rather than Blob.text(): older mobile browsers (and jsdom) lack the latter. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export default function ListTools({ catalog, visibleTalks, heading }: ListToolsProps) {
  const t = useT();
  const toolsT = useMessages(listToolsMessages);
  const language = useLanguage();
  const videoSource = useVideoSource();
  const saved = useReaderListStore((state) => state.saved);
  const watched = useReaderListStore((state) => state.watched);
  const mergeList = useReaderListStore((state) => state.merge);
  const [status, setStatus] = useState<Status | null>(null);
  const [manualCopy, setManualCopy] = useState<{ label: string; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // Whether an id is in the catalog can only be told from the whole of it, which the app has only
  // when it was given all of it (a short catalog); the archive's is not fetched for this.
  const whole = useCatalogTotals().talks === catalog.talks.length;
  const count = (n: number) => formatCount(n, language);
  const counted = (n: number) => ({ text: count(n), n });

  const offerCopy = async (label: string, text: string, done: string) => {
    if (await copyText(text)) {
      setManualCopy(null);
      setStatus({ kind: 'ok', text: done });
    } else {
      setManualCopy({ label, text });
      setStatus({ kind: 'ok', text: toolsT.copyByHand });
    }
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setStatus({ kind: 'error', text: toolsT.importFailed(file.name, toolsT.fileUnreadable) });
      return;
    }
    const result = parseExportFile(text);
    if (!result.ok) {
      setStatus({ kind: 'error', text: toolsT.importFailed(file.name, toolsT.importProblem(result.problem)), detail: result.detail });
      return;
    }
    const before = useReaderListStore.getState();
    mergeList(result.list);
    const after = useReaderListStore.getState();
    const isKnown = whole ? (id: string) => findTalk(catalog, id) !== undefined : undefined;
    const added = mergeSummary(before, after, result.list, isKnown);
    setStatus({
      kind: 'ok',
      text: toolsT.imported(counted(added.saved), counted(added.watched), counted(result.skipped), counted(added.unknown ?? 0)),
    });
  };

  const copyMarkdownLabel = toolsT.copyMarkdown(count(visibleTalks.length), visibleTalks.length);
  // A link carries at most MAX_SHARED_IDS talks, the number the shared page shows: say so when that cuts the list.
  // It names no language: the page it opens follows the reader who opens it.
  const share = sharedIdsOf(saved);
  const shareUrl = () => new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${paths.shared(share.ids)}`, window.location.origin).href;
  const shareDone = share.cut === 0 ? toolsT.shareCopied : toolsT.shareCopiedCut(count(MAX_SHARED_IDS), count(saved.length));

  return (
    <section className="list-tools" aria-labelledby="list-tools-heading">
      <h2 id="list-tools-heading">{toolsT.listToolsHeading}</h2>
      <p>{toolsT.listCounts(count(saved.length), count(watched.length))}</p>
      <div className="list-tools-actions">
        <button type="button" className="button" onClick={() => download('talk-list.json', JSON.stringify(toExportFile({ saved, watched }, new Date()), null, 2))}>
          {toolsT.exportList}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {toolsT.importList}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void onImport(e)} />
        <button type="button" className="button" disabled={saved.length === 0} onClick={() => void offerCopy(toolsT.shareList, shareUrl(), shareDone)}>
          {toolsT.shareList}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void offerCopy(
              copyMarkdownLabel,
              talksToMarkdown(catalog, visibleTalks, { language, t, videoSource, heading }),
              toolsT.markdownCopied(count(visibleTalks.length), visibleTalks.length),
            )
          }
        >
          {copyMarkdownLabel}
        </button>
      </div>
      <p role="status" className={status?.kind === 'error' ? 'status status-error' : 'status'}>
        {status?.text}
        {status?.detail !== undefined && (
          <>
            <br />
            {/* The parser's words are the browser engine's, in English: a secondary line, marked so. */}
            <small lang="en">{status.detail}</small>
          </>
        )}
      </p>
      {manualCopy && (
        <label className="manual-copy">
          {manualCopy.label}
          <textarea readOnly value={manualCopy.text} rows={6} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
