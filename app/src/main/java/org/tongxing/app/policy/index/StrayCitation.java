package org.tongxing.app.policy.index;

/**
 * A citation that points nowhere: a clause the policy does not have ({@code item 15.1}), or a text
 * that is no clause ({@code 1.4}). The deploy checks refuse these; they may still be deployed from
 * before the checks, or sit in the repository.
 */
public record StrayCitation(String citation, IndexedCitation element) {}
