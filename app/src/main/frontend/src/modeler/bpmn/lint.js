// bpmnlint with the Camunda 8 rules (@camunda/linting) on what the editor holds, as problems for
// the list and errors for the properties panel and the canvas.
import { Linter } from '@camunda/linting';

const linter = new Linter({ modeler: 'web', type: 'cloud' });

export async function lint(modeler) {
  const reports = await linter.lint(modeler.getDefinitions());
  modeler.get('linting').setErrors(reports);
  const registry = modeler.get('elementRegistry');
  return reports.map((report) => {
    const element = registry.get(report.id);
    return {
      severity: report.category === 'error' ? 'ERROR' : 'WARNING',
      source: 'lint',
      elementId: report.id,
      elementLabel: element?.businessObject?.name || report.id,
      message: report.message,
      detail: report.rule
    };
  });
}
