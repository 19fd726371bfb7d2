import { mountTaskForms } from '../task-form/mount.js';

mountTaskForms(document);
