const MAX_SIDE = 1600;
const QUALITY = 0.8;

async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if ("createImageBitmap" in window) {
    try {
      // Phones store the camera's rotation in EXIF; "from-image" draws the photo upright.
      return await createImageBitmap(file, { imageOrientation: "from-image" });
    } catch {
      // Some older Android WebViews refuse the options bag; the <img> path below still works.
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A 12-megapixel camera photo is 3–8 MB, minutes on 3G. Redrawn at ≤ 1600 px as JPEG 0.8
 * it is ~300 KB and still larger than any size the storefront shows. If the phone cannot
 * decode it (HEIC on some phones), the original is sent and the server says why it refuses.
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  let image: ImageBitmap | HTMLImageElement;
  try {
    image = await decode(file);
  } catch {
    return file;
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(image.width * scale));
  canvas.height = Math.max(1, Math.round(image.height * scale));
  const context = canvas.getContext("2d");
  if (!context) return file;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  if ("close" in image) image.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", QUALITY));
  return blob && blob.size < file.size ? blob : file;
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export async function dataUrlToBlob(url: string): Promise<Blob> {
  return (await fetch(url)).blob();
}
