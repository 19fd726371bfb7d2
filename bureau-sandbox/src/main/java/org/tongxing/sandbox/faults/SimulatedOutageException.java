package org.tongxing.sandbox.faults;

import org.tongxing.sandbox.BureauSystem;

/** An injected fault; answered as 503 problem JSON. */
public class SimulatedOutageException extends RuntimeException {

  public SimulatedOutageException(BureauSystem system, String cause) {
    super(
        "Expected the simulated system '%s' to answer, but a fault was injected (%s)"
            .formatted(system.code(), cause));
  }
}
