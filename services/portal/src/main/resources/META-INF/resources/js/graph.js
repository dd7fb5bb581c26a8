// Draws the connection of the graph page with cytoscape.js (loaded before this module from the portal's own web jar).
// The elements come from the server in the container's data-elements attribute: no inline script, no fetch.

const COLOURS = {
  COMPANY: '#1f6feb',
  UNIVERSITY: '#8250df',
  RESEARCH_ORGANISATION: '#bf3989',
  PUBLIC_BODY: '#9a6700',
  CONSULTANCY: '#1a7f37',
  OTHER: '#57606a',
};

function isChain(elements) {
  return elements.edges.length === elements.nodes.length - 1 || elements.edges.length === 0;
}

function draw(container) {
  const elements = JSON.parse(container.dataset.elements);
  container.replaceChildren();
  const cy = window.cytoscape({
    container,
    elements,
    // A chain reads left to right, in the server's order (firm first); anything else as a tree from the firm.
    layout: isChain(elements)
      ? { name: 'grid', rows: 1, padding: 40 }
      : { name: 'breadthfirst', directed: true, padding: 24, roots: '[role = "firm"]' },
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (node) => COLOURS[node.data('type')] || COLOURS.OTHER,
          label: 'data(label)',
          color: '#1f2328',
          'font-size': 12,
          'text-wrap': 'wrap',
          'text-max-width': 140,
          'text-valign': 'bottom',
          'text-margin-y': 6,
          width: 28,
          height: 28,
        },
      },
      { selector: 'node[role = "firm"]', style: { 'border-width': 4, 'border-color': '#1f2328' } },
      { selector: 'node[role = "partner"]', style: { shape: 'star', width: 36, height: 36 } },
      {
        selector: 'edge',
        style: {
          width: 2,
          'line-color': '#8c959f',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 10,
          'text-margin-y': -12,
          'text-wrap': 'wrap',
          'text-max-width': 120,
          'text-background-color': '#ffffff',
          'text-background-opacity': 1,
        },
      },
    ],
    userZoomingEnabled: true,
    wheelSensitivity: 0.3,
  });
  // A node opens its organisation's page.
  cy.on('tap', 'node', (event) => {
    window.location.assign(event.target.data('href'));
  });
  container.dataset.drawn = 'true';
  // What is drawn, for the browser tests (and the curious): the live cytoscape instance.
  window.knowbridgeGraph = cy;
}

const container = document.getElementById('graph');
if (container) {
  if (window.cytoscape) {
    draw(container);
  } else {
    window.addEventListener('load', () => draw(container), { once: true });
  }
}
