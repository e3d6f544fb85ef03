import type { ImportError, ImportPreview } from '@lagesbild/domain';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type UploadOutcome =
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'errors'; errors: ImportError[] }
  /** The report is with ITD or the round is closed. */
  | { kind: 'locked' }
  | { kind: 'tooLarge' }
  | { kind: 'failed' };

/** Where the upload is: sending (with the share sent so far, 0–100) or waiting for the check. */
export type UploadProgress = { phase: 'sending'; percent: number } | { phase: 'checking' };

export function describeUploadResponse(status: number, body: unknown): UploadOutcome {
  const data = body as { preview?: ImportPreview; errors?: ImportError[] } | null;
  if (status === 200 && data?.preview) return { kind: 'preview', preview: data.preview };
  if (status === 400 && Array.isArray(data?.errors)) return { kind: 'errors', errors: data.errors };
  if (status === 409) return { kind: 'locked' };
  if (status === 413) return { kind: 'tooLarge' };
  return { kind: 'failed' };
}

/**
 * Sends the workbook for a preview. XMLHttpRequest rather than fetch: only it reports how much of
 * the body has gone, which is what a progress bar for a large file needs.
 */
export function uploadWorkbook(
  round: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/import/rapport/${encodeURIComponent(round)}`);
    xhr.setRequestHeader('content-type', XLSX_TYPE);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress({ phase: 'sending', percent: Math.round((event.loaded / event.total) * 100) });
      }
    };
    xhr.upload.onload = () => onProgress({ phase: 'checking' });
    xhr.onload = () => resolve(describeUploadResponse(xhr.status, xhr.response));
    xhr.onerror = () => resolve({ kind: 'failed' });
    onProgress({ phase: 'sending', percent: 0 });
    xhr.send(file);
  });
}
