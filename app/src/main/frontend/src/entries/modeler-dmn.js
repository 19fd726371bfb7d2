// The decision editor of the modeler's pages (templates/modeler/canvas.html). See modeler/README.md.
import { mountDmn } from '../modeler/dmn/mount.js';
import { modelerRoot, showFailure } from '../modeler/shared/page.js';

const root = modelerRoot();
if (root) {
  mountDmn(root).catch((error) => showFailure(root, error));
}
