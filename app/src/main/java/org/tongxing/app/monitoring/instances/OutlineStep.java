package org.tongxing.app.monitoring.instances;

import java.util.List;

/**
 * A step of the process in the text outline beside the diagram.
 *
 * @param mark {@code active}, {@code completed}, {@code incident} or {@code none}
 */
public record OutlineStep(
    String name,
    String type,
    String mark,
    List<String> departments,
    List<String> next,
    String policyClause) {}
