// The actor network: actors as nodes (size: events), dyads as edges (width: events, colour: share
// of conflict). Node and edge labels are data, and cytoscape draws them on a canvas, never as HTML.
import cytoscape from 'cytoscape';
import type { Network } from './api.js';
import { actorLabel } from './countries.js';

export function networkGraph(
  el: HTMLElement,
  net: Network,
  onPick: (a: string, b?: string) => void,
): { dispose(): void } {
  const max = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.count));
  const cy = cytoscape({
    container: el,
    elements: [
      ...net.nodes.map((n) => ({
        data: { id: n.id, label: actorLabel(n), size: 18 + 42 * Math.sqrt(n.events / max) },
      })),
      ...net.edges.map((e, i) => ({
        data: {
          id: 'e' + i,
          source: e.source,
          target: e.target,
          width: 1 + 7 * (e.count / maxEdge),
          color: e.conflict > e.cooperation ? '#b5394a' : e.cooperation > e.conflict ? '#3d8b5f' : '#8a8f98',
          count: e.count,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#2f5d8a',
          color: '#1d2430',
          'font-size': 12,
          'text-background-color': '#fcfcfd',
          'text-background-opacity': 0.8,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'ellipsis',
          'text-max-width': '120px',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          opacity: 0.8,
        },
      },
      { selector: ':selected', style: { 'background-color': '#d08a2e', 'line-color': '#d08a2e' } },
    ],
    layout: {
      name: net.nodes.length > 2 ? 'cose' : 'grid',
      animate: false,
      randomize: false,
      padding: 20,
    } as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
    minZoom: 0.3,
    maxZoom: 3,
  });
  cy.on('tap', 'node', (ev) => onPick(ev.target.id()));
  cy.on('tap', 'edge', (ev) => onPick(ev.target.data('source'), ev.target.data('target')));
  return { dispose: () => cy.destroy() };
}
