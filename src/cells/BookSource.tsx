import { memo } from 'react';
import { useT } from '../i18n/useT';
import type { BookFile } from '../notebook/cellDefinition';
import { PythonCode } from './SeedSource';

const REPOSITORY = 'https://github.com/oreilly-japan/deep-learning-from-scratch/blob/master/';

/** The book's own Python that a section runs, file by file, read-only and highlighted. */
export const BookSource = memo(function BookSource({ files }: { files: readonly BookFile[] }) {
  const t = useT();
  return (
    <details className="seed-source book-source" data-book-source="">
      <summary>{t('bookSource.summary')}</summary>
      {files.map((f) => (
        <div className="book-file" key={f.path}>
          <a className="book-path" href={REPOSITORY + f.path.split(' ')[0]} target="_blank" rel="noreferrer">
            {f.path}
          </a>
          <PythonCode code={f.code} label={t('bookSource.code', { path: f.path })} />
        </div>
      ))}
    </details>
  );
});
