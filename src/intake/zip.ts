// The parts of a zip, inflated on demand as a stream with a byte counter (SPEC §6: no part may
// inflate past the limit — counted while inflating, never trusted from the zip headers).
// fflate's streaming Unzip reads the local headers once; a file not started keeps its compressed
// chunks (views into the input, no copies), so each part can be inflated later, in any order.
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { damaged, IntakeError, partTooBig } from './errors';

/** Input is pushed in slices this big: one slice inflates to at most ~1032× (DEFLATE's limit), ~16.5 MB. */
const SLICE = 16 * 1024;

/** Whether the zip's end-of-central-directory record (PK 5 6) is within its last 64 KiB + 22 bytes. */
function hasEndRecord(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

export class ZipParts {
  private readonly files = new Map<string, UnzipFile>();
  /** Lower-case name → stored name: part names are case-insensitive (OPC, ECMA-376 Part 2 §6.2.2.3). */
  private readonly byLower = new Map<string, string>();

  constructor(
    bytes: Uint8Array,
    private readonly label: string,
    private readonly maxPartBytes: number,
  ) {
    if (!hasEndRecord(bytes)) throw damaged(label, 'zip: no end of central directory (truncated?)');
    const unzip = new Unzip((file) => {
      this.files.set(file.name, file);
      this.byLower.set(file.name.toLowerCase(), file.name);
    });
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    try {
      for (let i = 0; i < bytes.length; i += SLICE) {
        unzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
      }
    } catch (e) {
      throw damaged(label, `zip: ${(e as Error).message}`);
    }
  }

  get names(): string[] {
    return [...this.files.keys()];
  }

  /** The stored name of a part (leading slash and letter case ignored), or undefined. */
  resolve(name: string): string | undefined {
    const n = name.replace(/^\/+/, '');
    return this.files.has(n) ? n : this.byLower.get(n.toLowerCase());
  }

  /**
   * Inflates one part, handing its text to `onText` piece by piece. Returns false when there is no
   * such part. Throws IntakeError 'part-too-big' as soon as the part inflates past the limit.
   */
  streamText(name: string, onText: (text: string) => void): boolean {
    const stored = this.resolve(name);
    const file = stored === undefined ? undefined : this.files.get(stored);
    if (!file || stored === undefined) return false;
    // First inflate only to count: a bomb is refused before any of it is parsed (parsing 100 MB of
    // blanks would take seconds); fflate inflates far faster than XML is parsed.
    this.inflate(file, stored, () => undefined);
    const decoder = new TextDecoder('utf-8');
    this.inflate(file, stored, (chunk, final) => {
      const text = decoder.decode(chunk, { stream: !final });
      if (text) onText(text);
    });
    return true;
  }

  private inflate(file: UnzipFile, stored: string, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
    let total = 0;
    let ended = false;
    file.ondata = (err, chunk, final) => {
      if (err) throw err instanceof IntakeError ? err : damaged(this.label, `${stored}: ${err.message}`);
      total += chunk.length;
      if (total > this.maxPartBytes) throw partTooBig(this.label, stored, this.maxPartBytes);
      onChunk(chunk, final);
      if (final) ended = true;
    };
    try {
      file.start();
    } catch (e) {
      if (e instanceof IntakeError) throw e;
      throw damaged(this.label, `${stored}: ${(e as Error).message}`);
    }
    if (!ended) throw damaged(this.label, `${stored}: truncated`);
  }

  /** A small part's whole text (e.g. `mimetype`), or undefined when there is none. */
  text(name: string): string | undefined {
    let s = '';
    return this.streamText(name, (t) => (s += t)) ? s : undefined;
  }
}
