package org.tongxing.engine.processing.clock;

import org.tongxing.engine.api.EngineCommand.PinClock;
import org.tongxing.engine.api.EngineCommand.ResetClock;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.ClockIntent;
import org.tongxing.engine.record.ClockRecord;

/** Pins the engine clock to a time, or lets it follow the system clock again. */
public final class ClockProcessor {

  public void pin(PinClock command, ProcessingContext context) {
    if (command.epochMillis() < 0) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected a timestamp of zero or more milliseconds, but got " + command.epochMillis());
    }
    context.appendEvent(
        context.nextKey(), ClockIntent.PINNED, new ClockRecord(command.epochMillis()));
    context.respond(command.epochMillis());
  }

  public void reset(ResetClock command, ProcessingContext context) {
    context.appendEvent(context.nextKey(), ClockIntent.RESET, new ClockRecord(-1));
    context.respond(-1L);
  }
}
