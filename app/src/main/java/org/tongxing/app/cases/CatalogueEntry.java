package org.tongxing.app.cases;

/**
 * A policy path a case can be started on: the latest version of a deployed process with a start
 * form.
 *
 * @param policyClause the clause the start event cites, or {@code null}
 */
public record CatalogueEntry(
    long processDefinitionKey, String processId, String name, int version, String policyClause) {}
