/** Largest side of a stored photo, in pixels. */
export const PHOTO_MAX_SIDE = 800;

async function rawBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * Makes a photo ready to store: at most 800 px on its longest side, as JPEG. Redrawing it also drops hidden
 * metadata such as where the photo was taken. Where the browser cannot decode the file, the original bytes are
 * sent unchanged and the backend decides (it explains what it refuses).
 */
export async function preparePhoto(file: Blob, maxSide = PHOTO_MAX_SIDE): Promise<Uint8Array> {
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return rawBytes(file);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return rawBytes(file);
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return rawBytes(file);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.86));
    return blob ? rawBytes(blob) : rawBytes(file);
  } catch {
    return rawBytes(file);
  } finally {
    bitmap.close();
  }
}
