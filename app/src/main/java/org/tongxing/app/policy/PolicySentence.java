package org.tongxing.app.policy;

/** One sentence of a work item: the rule a clause cites, in the policy's own words. */
public record PolicySentence(Clause clause, String text) {}
