export type UploadOutcome = { ok: true; id: string } | { ok: false; message: string };

type UploadCallbacks = {
  /** 0–100, whole numbers, as the bytes leave the browser. */
  onProgress: (percent: number) => void;
  /** Every byte is sent; the server is now checking the file and making its renditions. */
  onSent: () => void;
  networkErrorMessage: string;
  fallbackMessage: string;
};

type ErrorBody = { error?: { message?: string; fieldErrors?: Record<string, string[]> } };

/** The reason to show for a refused file: the server's words about the file, else its general message. */
function refusalMessage(body: unknown, fallback: string): string {
  const error = (body as ErrorBody | null)?.error;
  return error?.fieldErrors?.file?.[0] ?? error?.message ?? fallback;
}

/**
 * POSTs one file to /api/media. XMLHttpRequest rather than fetch: only it
 * reports upload progress. Never rejects; a refusal or a lost connection is
 * an outcome with a message for the person.
 */
export function uploadFile(file: File, callbacks: UploadCallbacks): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.responseType = "json";
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) callbacks.onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    request.upload.onload = () => callbacks.onSent();
    request.onload = () => {
      const body: unknown = request.response;
      const id = (body as { data?: { id?: unknown } } | null)?.data?.id;
      if (request.status === 201 && typeof id === "string") resolve({ ok: true, id });
      else resolve({ ok: false, message: refusalMessage(body, callbacks.fallbackMessage) });
    };
    request.onerror = () => resolve({ ok: false, message: callbacks.networkErrorMessage });
    request.onabort = () => resolve({ ok: false, message: callbacks.networkErrorMessage });
    const body = new FormData();
    body.append("file", file, file.name);
    request.send(body);
  });
}
