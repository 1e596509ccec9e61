/**
 * WAV decoding for rehearsal takes and the `npm run analyse` CLI: bytes in, mono Float32 samples out.
 *
 * Why our own parser rather than `wavefile`: we need to decode damaged files (a recorder that crashed
 * before fixing up its header, a download cut short) and to refuse everything else with a sentence a
 * trainer can act on. wavefile reads the well-formed cases fine but reports damage with generic messages
 * ("Could not find the "data" chunk" for an empty data chunk, "Not a supported format." for an MP3), returns
 * raw integers that still need scaling per bit depth, and is untyped (`any`) at the edges. The format is
 * small enough that a careful reader is shorter than the adaptation layer would be.
 *
 * Pure: takes a Uint8Array, uses no Node or DOM API, so it runs in main, renderer and tests alike.
 */

/** A file we cannot decode. `message` is a sentence for a person, not a code. */
export class WavError extends Error {
  override readonly name = 'WavError';
}

export type WavEncoding = 'pcm' | 'float';

export interface DecodedWav {
  sampleRate: number;
  /** Channels in the file; `samples` is always their average (mono). */
  channels: number;
  bitsPerSample: number;
  encoding: WavEncoding;
  /** Mono samples, nominally in [-1, 1] (float files may exceed it; that is in the file). */
  samples: Float32Array;
  durationSeconds: number;
  /** What was repaired on the way (a lying header, a truncated last frame). Empty for a well-formed file. */
  warnings: string[];
}

const FORMAT_PCM = 0x0001;
const FORMAT_FLOAT = 0x0003;
const FORMAT_EXTENSIBLE = 0xfffe;

/** Format tags people actually meet, so the refusal can name what the file is. */
const KNOWN_FORMATS: Record<number, string> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'mu-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0050: 'MPEG audio',
  0x0055: 'MP3',
  0x00ff: 'AAC',
  0x1610: 'AAC',
  0x2000: 'AC-3',
};

const CONVERT_HINT = 'Convert it to a PCM WAV (16- or 24-bit, or 32-bit float) and try again.';

interface Format {
  formatTag: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bitsPerSample: number;
}

export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: string[] = [];
  checkContainer(bytes);
  const isRf64 = fourCC(bytes, 0) === 'RF64';

  let format: Format | null = null;
  let data: { start: number; length: number } | null = null;
  let rf64DataSize: number | null = null;
  let offset = 12;

  while (offset + 8 <= bytes.length) {
    const id = fourCC(bytes, offset);
    const declared = view.getUint32(offset + 4, true);
    const bodyStart = offset + 8;
    const available = bytes.length - bodyStart;

    if (id === 'ds64' && declared >= 16 && available >= 16) {
      // RF64 keeps the real 64-bit data size here; the data chunk's own size field reads 0xFFFFFFFF.
      rf64DataSize = view.getUint32(bodyStart + 8, true) + view.getUint32(bodyStart + 12, true) * 2 ** 32;
    }
    if (id === 'fmt ') {
      if (declared > available) throw new WavError('The WAV file is cut short inside its format header.');
      format = readFormat(view, bodyStart, declared);
    }
    if (id === 'data') {
      const length = dataLength(bytes, bodyStart, declared, isRf64 ? rf64DataSize : null, warnings);
      data = { start: bodyStart, length };
      if (format) break; // Everything needed; trailing chunks (LIST, id3) are of no interest.
      offset = bodyStart + length + (length % 2);
      continue;
    }
    if (declared > available) {
      throw new WavError(
        `The WAV file is damaged: its "${printable(id)}" section claims ${formatBytes(declared)} ` +
          `but only ${formatBytes(available)} follow${data ? '' : ', and no audio was found before it'}.`,
      );
    }
    offset = nextChunk(bytes, bodyStart + declared, declared);
  }

  if (!format) throw new WavError('The WAV file has no format header ("fmt " chunk), so its audio cannot be read.');
  if (!data) throw new WavError('The WAV file has no audio data ("data" chunk); it may be truncated or empty.');

  const layout = checkFormat(format, warnings);
  const frames = Math.floor(data.length / layout.blockAlign);
  const leftover = data.length - frames * layout.blockAlign;
  if (leftover > 0)
    warnings.push(`Dropped ${leftover} stray byte(s) at the end of the audio (an incomplete last frame).`);
  if (frames === 0) throw new WavError('The WAV file contains no audio (its data chunk is empty).');

  const samples = mixToMono(view, data.start, frames, layout);
  return {
    sampleRate: format.sampleRate,
    channels: format.channels,
    bitsPerSample: format.bitsPerSample,
    encoding: layout.encoding,
    samples,
    durationSeconds: frames / format.sampleRate,
    warnings,
  };
}

/**
 * How many bytes of audio there really are. Trusts the header where the file agrees with it, and otherwise
 * takes what the file holds, saying why in a warning.
 */
function dataLength(
  bytes: Uint8Array,
  start: number,
  declared: number,
  rf64DataSize: number | null,
  warnings: string[],
): number {
  const available = bytes.length - start;
  let length = declared;
  if (declared === 0xffffffff) {
    if (rf64DataSize !== null) {
      length = rf64DataSize; // RF64: the real (64-bit) size is in the ds64 chunk
    } else {
      // Streaming writers put "unknown" here and never come back to fix it: the audio runs to the end.
      warnings.push('The data size in the header was never filled in; decoded the audio up to the end of the file.');
      return available;
    }
  } else if (declared === 0 && available > 0 && !looksLikeChunkId(bytes, start)) {
    // A recorder stopped before rewriting its header: the size says 0 but audio follows.
    warnings.push('The header says the audio is empty but audio follows it; decoded what is in the file.');
    return available;
  }
  if (length > available) {
    warnings.push(
      `The header promises ${formatBytes(length)} of audio but the file holds ${formatBytes(available)}; ` +
        'decoded what is there (the file looks truncated).',
    );
    return available;
  }
  return length;
}

/** Refuses anything that is not a little-endian RIFF/RF64 WAVE file, naming what it seems to be instead. */
function checkContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WavError('The file is empty.');
  const head = fourCC(bytes, 0);
  if (bytes.length >= 12 && (head === 'RIFF' || head === 'RF64') && fourCC(bytes, 8) === 'WAVE') return;
  if (bytes.length >= 12 && head === 'RIFF') {
    throw new WavError(`This is a RIFF file of type "${printable(fourCC(bytes, 8))}", not a WAV audio file.`);
  }
  if (head === 'RIFX') throw new WavError(`Big-endian WAV files (RIFX) are not supported. ${CONVERT_HINT}`);
  const seemsTo = sniff(bytes);
  if (bytes.length < 12 && (head === 'RIFF' || head === 'RF64')) {
    throw new WavError('The file is too short to be a WAV file (it ends inside the header).');
  }
  throw new WavError(`This is not a WAV file${seemsTo ? ` (it looks like ${seemsTo})` : ''}. ${CONVERT_HINT}`);
}

function sniff(bytes: Uint8Array): string | null {
  const head = fourCC(bytes, 0);
  if (head.startsWith('ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'an MP3';
  if (head === 'OggS') return 'an Ogg (Vorbis/Opus) file';
  if (head === 'fLaC') return 'a FLAC file';
  if (fourCC(bytes, 4) === 'ftyp') return 'an MP4/M4A file';
  if (head === 'FORM') return 'an AIFF file';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'a WebM/Matroska file';
  return null;
}

function readFormat(view: DataView, at: number, size: number): Format {
  if (size < 16) throw new WavError('The WAV format header is too short to describe the audio.');
  let formatTag = view.getUint16(at, true);
  // WAVE_FORMAT_EXTENSIBLE (used by sox, Audacity and most recorders above 16 bits or 2 channels) carries the
  // real format tag in the first two bytes of its sub-format GUID.
  if (formatTag === FORMAT_EXTENSIBLE && size >= 40) formatTag = view.getUint16(at + 24, true);
  return {
    formatTag,
    channels: view.getUint16(at + 2, true),
    sampleRate: view.getUint32(at + 4, true),
    blockAlign: view.getUint16(at + 12, true),
    bitsPerSample: view.getUint16(at + 14, true),
  };
}

interface Layout {
  encoding: WavEncoding;
  channels: number;
  bytesPerSample: number;
  blockAlign: number;
  bitsPerSample: number;
}

function checkFormat(format: Format, warnings: string[]): Layout {
  const { formatTag, channels, sampleRate, bitsPerSample } = format;
  if (formatTag !== FORMAT_PCM && formatTag !== FORMAT_FLOAT) {
    const name = KNOWN_FORMATS[formatTag];
    const tag = `0x${formatTag.toString(16).padStart(4, '0')}`;
    throw new WavError(
      `This WAV file holds ${name ? `${name} audio` : `audio in an unsupported encoding (format ${tag})`}, ` +
        `which cannot be analysed. ${CONVERT_HINT}`,
    );
  }
  if (channels < 1) throw new WavError('The WAV header says the file has no audio channels.');
  if (!(sampleRate >= 1000 && sampleRate <= 768_000)) {
    throw new WavError(`The WAV header gives an impossible sample rate (${sampleRate} Hz).`);
  }
  const encoding: WavEncoding = formatTag === FORMAT_FLOAT ? 'float' : 'pcm';
  const supported = encoding === 'float' ? [32, 64] : [8, 16, 24, 32];
  // Integer formats may store e.g. 20-bit samples in 3-byte containers; bitsPerSample then says 20 or 24.
  const containerBits = encoding === 'pcm' ? Math.ceil(bitsPerSample / 8) * 8 : bitsPerSample;
  if (!supported.includes(containerBits)) {
    throw new WavError(
      `${bitsPerSample}-bit ${encoding === 'float' ? 'floating-point' : 'integer'} WAV files are not supported. ${CONVERT_HINT}`,
    );
  }
  const bytesPerSample = containerBits / 8;
  const blockAlign = channels * bytesPerSample;
  if (format.blockAlign !== blockAlign) {
    warnings.push(`The header's frame size (${format.blockAlign} bytes) is wrong for its format; used ${blockAlign}.`);
  }
  return { encoding, channels, bytesPerSample, blockAlign, bitsPerSample: containerBits };
}

/** Decodes and averages the channels in one pass (a talk recorded in stereo is the same voice twice). */
function mixToMono(view: DataView, start: number, frames: number, layout: Layout): Float32Array {
  const { channels, bytesPerSample, blockAlign, encoding } = layout;
  const read = sampleReader(view, encoding, bytesPerSample);
  const out = new Float32Array(frames);
  const inv = 1 / channels;
  for (let f = 0, at = start; f < frames; f += 1, at += blockAlign) {
    let sum = 0;
    for (let c = 0; c < channels; c += 1) sum += read(at + c * bytesPerSample);
    out[f] = sum * inv;
  }
  return out;
}

function sampleReader(view: DataView, encoding: WavEncoding, bytesPerSample: number): (at: number) => number {
  if (encoding === 'float') {
    return bytesPerSample === 4 ? (at) => view.getFloat32(at, true) : (at) => view.getFloat64(at, true);
  }
  switch (bytesPerSample) {
    case 1:
      return (at) => (view.getUint8(at) - 128) / 128; // 8-bit WAV is unsigned, centred on 128
    case 2:
      return (at) => view.getInt16(at, true) / 32768;
    case 3:
      return (at) =>
        ((view.getUint8(at + 2) << 24) | (view.getUint8(at + 1) << 16) | (view.getUint8(at) << 8)) / 2147483648;
    default:
      return (at) => view.getInt32(at, true) / 2147483648;
  }
}

/**
 * Where the next chunk starts. RIFF pads odd-sized chunks to an even length, but some writers forget the
 * pad byte; when the padded position does not hold a chunk id and the unpadded one does, trust the bytes.
 */
function nextChunk(bytes: Uint8Array, end: number, declared: number): number {
  if (declared % 2 === 0) return end;
  if (!looksLikeChunkId(bytes, end + 1) && looksLikeChunkId(bytes, end)) return end;
  return end + 1;
}

/** Chunk ids are four printable ASCII characters. */
function looksLikeChunkId(bytes: Uint8Array, at: number): boolean {
  if (at + 4 > bytes.length) return false;
  for (let i = at; i < at + 4; i += 1) {
    const b = bytes[i]!;
    if (b < 0x20 || b > 0x7e) return false;
  }
  return true;
}

function fourCC(bytes: Uint8Array, at: number): string {
  let s = '';
  for (let i = at; i < Math.min(at + 4, bytes.length); i += 1) s += String.fromCharCode(bytes[i]!);
  return s;
}

function printable(id: string): string {
  return id.replace(/[^\x20-\x7e]/g, '?');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
