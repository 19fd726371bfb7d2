/** Marks elements by state: a CSS class on each element and sequence flow that the diagram holds. */
export function markState(viewer, { active, completed, incidents, takenFlows }) {
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const mark = (ids, marker) => ids
    .filter((id) => registry.get(id))
    .forEach((id) => canvas.addMarker(id, marker));
  mark(completed, 'diagram-completed');
  mark(takenFlows, 'diagram-taken');
  mark(active, 'diagram-active');
  mark(incidents, 'diagram-incident');
}

/**
 * Badges with counts on elements: {elementId: {active, incidents, completed}}. Each badge carries
 * its meaning as a title (labels from data-count-*-label), since a number alone says little.
 */
export function drawCounts(viewer, counts, labels) {
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  Object.entries(counts).forEach(([id, count]) => {
    if (!registry.get(id)) {
      return;
    }
    const badges = document.createElement('div');
    badges.className = 'diagram-counts';
    [
      ['active', labels.countActiveLabel ?? 'active'],
      ['incidents', labels.countIncidentsLabel ?? 'incidents'],
      ['completed', labels.countCompletedLabel ?? 'completed']
    ].forEach(([kind, label]) => {
      if (count[kind]) {
        const badge = document.createElement('span');
        badge.className = `diagram-count diagram-count--${kind}`;
        badge.title = `${label}: ${count[kind]}`;
        badge.textContent = String(count[kind]);
        badges.append(badge);
      }
    });
    if (badges.childElementCount) {
      overlays.add(id, 'diagram-counts', { position: { bottom: 12, left: -8 }, html: badges });
    }
  });
}
