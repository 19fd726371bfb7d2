package org.tongxing.app.modeler.draft;

import java.time.OffsetDateTime;

/**
 * A policy owner's work on a set of BPMN, DMN and form files that go live together, apart from what
 * runs. {@code origin} says where it started (a deployed process, the repository, a file).
 */
public record Draft(
    long id, String title, String origin, Author createdBy, OffsetDateTime createdAt) {}
