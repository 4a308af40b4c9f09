/**
 * Refuses zip archives (Word files are zips) that unpack to more than a resume could ever hold, before a
 * library inflates them into memory. The sizes a zip declares can lie, so each entry is really inflated,
 * streaming, and counting stops as soon as the budget is spent.
 */
import { ExtractError, MESSAGES } from './extract-error';

/** A long resume with photos is a few megabytes unpacked; fifty is beyond any real one. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** End-of-central-directory record (22 bytes) plus the longest comment a zip can carry. */
const EOCD_SEARCH = 22 + 0xffff;

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function corrupt(): ExtractError {
  return new ExtractError('corrupt', MESSAGES.corruptDocx);
}
function bomb(): ExtractError {
  return new ExtractError('zip-bomb', MESSAGES.zipBomb);
}

function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--)
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > MAX_ZIP_ENTRIES) throw bomb();
  const list: Entry[] = [];
  let declared = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF means the real sizes are in a Zip64 record: no resume needs one.
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw bomb();
    declared += size;
    if (declared > MAX_UNZIPPED_BYTES) throw bomb();
    list.push({
      method: view.getUint16(at + 10, true),
      compressedSize,
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return list;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw corrupt();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt();
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflated size of deflated data, or budget + 1 once it goes past the budget. */
async function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > budget) {
        await reader.cancel();
        return budget + 1;
      }
    }
  } catch {
    throw corrupt();
  }
}

/** Throws an ExtractError if the zip is damaged or unpacks to more than `budget` bytes. */
export async function checkZipSize(bytes: Uint8Array, budget = MAX_UNZIPPED_BYTES): Promise<void> {
  let left = budget;
  for (const entry of entries(bytes)) {
    const data = entryData(bytes, entry);
    // 0 = stored, 8 = deflated: the only methods Word writes and the unzipper reads.
    if (entry.method === 0) left -= data.length;
    else if (entry.method === 8) left -= await inflatedSize(data, left);
    else throw corrupt();
    if (left < 0) throw bomb();
  }
}
