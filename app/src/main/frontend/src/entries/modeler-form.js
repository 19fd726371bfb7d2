// The form editor of the modeler's pages (templates/modeler/canvas.html). See modeler/README.md.
import { mountForm } from '../modeler/form/mount.js';
import { modelerRoot, showFailure } from '../modeler/shared/page.js';

const root = modelerRoot();
if (root) {
  mountForm(root).catch((error) => showFailure(root, error));
}
