/**
 * Aho–Corasick over lower-cased phrases: one left-to-right pass over the text finds every
 * occurrence of every phrase, in time linear in the text plus the matches, whatever the input.
 */
export type PhraseHit = { phrase: number; end: number };

type Node = { next: Map<string, number>; fail: number; out: number[] };

export class PhraseIndex {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  readonly phrases: readonly string[];

  constructor(phrases: readonly string[]) {
    this.phrases = phrases.map((p) => p.toLowerCase());
    this.phrases.forEach((phrase, id) => {
      if (!phrase) throw new Error("Empty phrase");
      let state = 0;
      for (const ch of phrase) {
        let child = this.nodes[state]!.next.get(ch);
        if (child === undefined) {
          child = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
          this.nodes[state]!.next.set(ch, child);
        }
        state = child;
      }
      this.nodes[state]!.out.push(id);
    });
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = this.nodes[queue[head]!]!;
      for (const [ch, child] of node.next) {
        let fail = node.fail;
        while (fail && !this.nodes[fail]!.next.has(ch)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(ch);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.out.push(...this.nodes[childNode.fail]!.out);
        queue.push(child);
      }
    }
  }

  /** The first occurrence of each phrase found, by phrase id: enough to explain a match. */
  firstHits(text: string): Map<number, number> {
    const found = new Map<number, number>();
    let state = 0;
    let i = 0;
    for (const raw of text) {
      const ch = raw.toLowerCase();
      while (state && !this.nodes[state]!.next.has(ch)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(ch) ?? 0;
      for (const id of this.nodes[state]!.out) if (!found.has(id)) found.set(id, i + raw.length);
      i += raw.length;
    }
    return found;
  }
}
