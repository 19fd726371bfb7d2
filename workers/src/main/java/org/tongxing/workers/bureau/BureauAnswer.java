package org.tongxing.workers.bureau;

import java.net.URI;
import java.util.Map;

/**
 * What a bureau system answered within its contract: a result, or a business outcome the contract
 * names (a problem of an agreed status and type, see {@link BureauCall#outcome}).
 *
 * @param uri the request's URI, for messages
 * @param value the body of a 2xx answer; {@code null} for an outcome or a bodiless answer
 * @param problem the agreed problem, or {@code null}
 * @param problemMembers every member of that problem, the extra ones too (for example the {@code
 *     caseId} that holds a benefit); empty without a problem
 */
public record BureauAnswer<T>(
    URI uri, T value, BureauProblem problem, Map<String, Object> problemMembers) {

  public BureauAnswer {
    problemMembers = problemMembers == null ? Map.of() : problemMembers;
  }

  public boolean isProblem() {
    return problem != null;
  }

  /** The problem's extra member as text, or {@code null}. */
  public String problemMember(String name) {
    Object value = problemMembers.get(name);
    return value == null ? null : value.toString();
  }
}
