package org.tongxing.engine.processing;

/**
 * Decides what a command does: checks it against the state, then writes events and follow-up
 * commands, or throws a {@link org.tongxing.engine.api.CommandRejectedException}.
 */
@FunctionalInterface
public interface CommandProcessor<C> {

  void process(C command, ProcessingContext context);
}
