// A multipart/form-data body of named files, as a browser's form sends it (for app.inject).
export function multipartBody(files: Record<string, { name: string; content: string | Buffer }>): {
  payload: Buffer;
  headers: { 'content-type': string; 'x-periop-upload': '1' };
} {
  const boundary = `----periop${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [field, f] of Object.entries(files)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content, 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-periop-upload': '1' },
  };
}
