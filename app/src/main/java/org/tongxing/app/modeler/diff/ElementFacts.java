package org.tongxing.app.modeler.diff;

import java.util.Map;

/**
 * What an element of one version is, flattened for comparison: its properties by path, and
 * separately where it is drawn ({@code layout}, BPMN only).
 */
record ElementFacts(
    String id,
    String type,
    String label,
    Integer ruleNumber,
    Map<String, String> properties,
    String layout) {}
