// Draws every process diagram on the page (elements with data-process-diagram): bpmn-js's viewer
// with the elements of a case or a definition marked. See process-diagram/README.md.
import { mountProcessDiagrams } from '../process-diagram/mount.js';

mountProcessDiagrams(document);
