const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Saves bytes from the main side as a file through a download (a Blob link): browser mode's way
 * to deliver the report. The desktop window turns the same download into its save dialog.
 */
export function downloadBase64(base64: string, fileName: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: DOCX }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
