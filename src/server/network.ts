// The actor network: who acts towards whom, folded from event rows into weighted, directed edges.
// The store has no edge aggregate, so this reads event pages up to a cap and says when it stopped.
import type { EventQuery, EventRow, Store } from '../corpus/store.js';

export interface NetworkNode {
  /** Country code, or the actor's name for non-state actors: what `source`/`target` filters accept. */
  id: string;
  name: string;
  country: string | null;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  /** Events in QuadClass 1–2 and 3–4. */
  cooperation: number;
  conflict: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Events folded in; `truncated` when the cap was reached before the last one. */
  events: number;
  truncated: boolean;
}

const PAGE = 1000;

export async function buildNetwork(
  store: Store,
  filter: Omit<EventQuery, 'limit' | 'offset'>,
  options: { maxNodes: number; maxEvents: number },
): Promise<Network> {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  let seen = 0;
  let total = 0;
  for (let offset = 0; offset < options.maxEvents; offset += PAGE) {
    const page = await store.events({ ...filter, limit: Math.min(PAGE, options.maxEvents - offset), offset });
    total = page.total;
    for (const v of page.items) fold(v);
    seen += page.items.length;
    if (page.items.length === 0 || seen >= total) break;
  }

  function node(name: string, country: string | null): string {
    const id = country ?? name;
    const n = nodes.get(id) ?? { id, name: country && name.length <= 3 ? country : name, country, events: 0 };
    n.events++;
    nodes.set(id, n);
    return id;
  }
  function fold(v: EventRow) {
    if (!v.targetName && !v.targetCountry) return;
    const s = node(v.sourceName, v.sourceCountry);
    const t = node(v.targetName ?? v.targetCountry!, v.targetCountry);
    if (s === t) return;
    const key = s + '\u0000' + t;
    const e = edges.get(key) ?? { source: s, target: t, count: 0, cooperation: 0, conflict: 0 };
    e.count++;
    if (v.quadClass <= 2) e.cooperation++;
    else e.conflict++;
    edges.set(key, e);
  }

  const kept = [...nodes.values()].sort((a, b) => b.events - a.events).slice(0, options.maxNodes);
  const ids = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: [...edges.values()]
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .sort((a, b) => b.count - a.count),
    events: seen,
    truncated: seen < total,
  };
}

/**
 * The network reads many event pages, so answers are kept for a short while: long enough to
 * absorb a burst of page views, short enough that another process's ingest shows up soon.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200,
  ) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = make();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
