package org.tongxing.engine.model.transform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;

/** Which elements can still send a token along a flow: backwards through the model. */
final class Reachability {

  private Reachability() {}

  /**
   * For each incoming flow of a join, the ids of the elements (in the same scope) from which a
   * token can reach that flow without passing through the join itself. Boundary events count as
   * reachable from their activity, catch link events from their throw link events.
   */
  static Map<String, Set<String>> upstreamOfIncoming(ExecutableFlowNode join) {
    Map<String, Set<String>> result = new HashMap<>();
    for (ExecutableSequenceFlow incoming : join.getIncoming()) {
      Set<String> upstream = new HashSet<>();
      Deque<ExecutableFlowNode> pending = new ArrayDeque<>();
      pending.add(incoming.getSource());
      while (!pending.isEmpty()) {
        ExecutableFlowNode node = pending.poll();
        if (node == join || !upstream.add(node.getId())) {
          continue;
        }
        node.getIncoming().forEach(flow -> pending.add(flow.getSource()));
        if (node instanceof org.tongxing.engine.model.executable.ExecutableCatchEvent event) {
          if (event.getAttachedTo() != null) {
            pending.add(event.getAttachedTo());
          }
          // a catch link event is reached from the throw link events of its name
          pending.addAll(event.getLinkSources());
        }
      }
      result.put(incoming.getId(), Set.copyOf(upstream));
    }
    return result;
  }
}
