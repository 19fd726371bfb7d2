// The editor's "check" button: the server's checks on the work not saved yet, announced in the
// toolbar's live region.
import { checkOnServer, status, texts } from './page.js';
import { serverProblems } from './problems.js';
import { pageLanguage } from './translate.js';

/**
 * @param currentContent async () => the file's text as the editor holds it
 * @param onProblems (problems) => void, with the server's problems for the list
 */
export function wireCheckButton(root, config, currentContent, onProblems) {
  const t = texts[pageLanguage()];
  root.querySelector('[data-action="check"]')?.addEventListener('click', async () => {
    status(root, t.checking);
    try {
      const result = await checkOnServer(config, await currentContent());
      const problems = serverProblems(result.problems);
      onProblems(problems);
      const errors = problems.filter((problem) => problem.severity === 'ERROR').length;
      status(root, t.checked(errors, problems.length - errors));
    } catch (error) {
      console.error(error);
      status(root, t.checkFailed);
    }
  });
}
