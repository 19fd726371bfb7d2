// The server's problems drawn at their elements: a badge with the count (its title says what)
// and the element outlined, on top of the linting module's own markers.
const TYPE = 'modeler-problems';

export function drawProblems(viewer, problems) {
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  overlays.remove({ type: TYPE });
  registry.forEach((element) => canvas.removeMarker(element, 'modeler-has-error'));
  const byElement = new Map();
  problems.filter((problem) => problem.source === 'server' && problem.elementId)
    .forEach((problem) => {
      const list = byElement.get(problem.elementId) || [];
      list.push(problem);
      byElement.set(problem.elementId, list);
    });
  byElement.forEach((list, id) => {
    const element = registry.get(id);
    if (!element || element === canvas.getRootElement()) {
      return;
    }
    const errors = list.filter((problem) => problem.severity === 'ERROR');
    const badge = document.createElement('div');
    badge.className = `modeler-problem-badge${errors.length ? '' : ' modeler-problem-badge--warning'}`;
    badge.textContent = String(list.length);
    badge.title = list.map((problem) => problem.message).join('\n');
    badge.setAttribute('aria-hidden', 'true');
    overlays.add(id, TYPE, { position: { top: -12, left: -12 }, html: badge });
    if (errors.length) {
      canvas.addMarker(id, 'modeler-has-error');
    }
  });
}
