// The BPMN editor of the modeler's pages (templates/modeler/canvas.html). See modeler/README.md.
import { mountBpmn } from '../modeler/bpmn/mount.js';
import { modelerRoot, showFailure } from '../modeler/shared/page.js';

const root = modelerRoot();
if (root) {
  mountBpmn(root).catch((error) => showFailure(root, error));
}
