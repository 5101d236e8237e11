/**
 * The literal prefilter: one Aho-Corasick automaton over every catalog literal, compiled to a dense
 * DFA over a small character-class alphabet, so a line is scanned once whatever the catalog size.
 * (DESIGN: never one big alternation regex; `npm run bench` compares the alternatives.)
 *
 * Keys are ASCII-case-folded and cut at `"` and `\`, so JSON-escaped and differently-cased text
 * still hits; the caller verifies each candidate exactly.
 */

export interface Prefilter {
  /** Calls `hit(keyIndex, end)` for every key occurrence in `text[start, end)`; `end` is the index of its last character. */
  scan(text: string, start: number, end: number, hit: (keyIndex: number, end: number) => void): void;
  readonly keyCount: number;
}

function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** The longest run of the literal without quote or backslash: the part that survives JSON escaping verbatim. */
export function prefilterKey(literal: string): string {
  let best = '';
  for (const part of literal.split(/["\\\n]/)) if (part.length > best.length) best = part;
  return best.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function buildPrefilter(keys: string[]): Prefilter {
  // Character classes: one per distinct (folded) code unit used by the keys; 0 = anything else.
  const classOf = new Uint8Array(65536);
  let classes = 1;
  const classIds = new Map<number, number>();
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = fold(key.charCodeAt(i));
      if (!classIds.has(c)) {
        if (classes === 255) throw new Error('prefilter: too many distinct characters in literals');
        classIds.set(c, classes++);
      }
    }
  }
  for (const [c, id] of classIds) {
    classOf[c] = id;
    if (c >= 97 && c <= 122) classOf[c - 32] = id;
  }

  // Trie.
  const goto: Int32Array[] = [new Int32Array(classes).fill(-1)];
  const outputs: number[][] = [[]];
  keys.forEach((key, keyIndex) => {
    if (key.length === 0) return;
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const cls = classOf[key.charCodeAt(i)]!;
      let next = goto[state]![cls]!;
      if (next === -1) {
        next = goto.length;
        goto.push(new Int32Array(classes).fill(-1));
        outputs.push([]);
        goto[state]![cls] = next;
      }
      state = next;
    }
    outputs[state]!.push(keyIndex);
  });

  // BFS: failure links folded into a complete transition table.
  const stateCount = goto.length;
  const delta = new Int32Array(stateCount * classes);
  const fail = new Int32Array(stateCount);
  const queue: number[] = [];
  for (let cls = 0; cls < classes; cls++) {
    const next = goto[0]![cls]!;
    if (next === -1) delta[cls] = 0;
    else {
      delta[cls] = next;
      fail[next] = 0;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const failOutputs = outputs[fail[state]!]!;
    if (failOutputs.length > 0) outputs[state] = [...outputs[state]!, ...failOutputs];
    for (let cls = 0; cls < classes; cls++) {
      const next = goto[state]![cls]!;
      if (next === -1) delta[state * classes + cls] = delta[fail[state]! * classes + cls]!;
      else {
        fail[next] = delta[fail[state]! * classes + cls]!;
        delta[state * classes + cls] = next;
        queue.push(next);
      }
    }
  }
  // States are stored premultiplied by the class count (row offsets), so the hot loop is one add and
  // two loads per character; a row with output is flagged in `outputAt`.
  const table = new Int32Array(stateCount * classes);
  for (let i = 0; i < table.length; i++) table[i] = delta[i]! * classes;
  const outputAt = new Uint8Array(stateCount * classes);
  const outputsAt: number[][] = [];
  for (let s = 0; s < stateCount; s++) {
    if (outputs[s]!.length > 0) {
      outputAt[s * classes] = 1;
      outputsAt[s * classes] = outputs[s]!;
    }
  }

  return {
    keyCount: keys.length,
    scan(text, start, end, hit) {
      let row = 0;
      for (let i = start; i < end; i++) {
        row = table[row + classOf[text.charCodeAt(i)]!]!;
        if (outputAt[row] === 1) for (const k of outputsAt[row]!) hit(k, i);
      }
    },
  };
}
