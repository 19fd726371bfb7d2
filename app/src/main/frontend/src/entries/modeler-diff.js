// The visual diff on the modeler's diff page (templates/modeler/diff.html). See modeler/README.md.
import { mountVisualDiff } from '../modeler/diff/mount.js';

document.querySelectorAll('[data-visual-diff]').forEach((element) => {
  mountVisualDiff(element).catch((error) => console.error(error));
});
