package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.workers.workflows.PolicyModels.ids;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams of every process as policy owners and supervisors see them (the modeler, the
 * tasklist, the monitoring heatmaps): every element drawn once, no shape on another, and every flow
 * drawn in straight horizontal and vertical runs that go around the shapes rather than through
 * them. How they were laid out: docs/workflow-diagrams.md.
 */
class WorkflowDiagramsTest {

  static List<String> processes() {
    return PolicyModels.processes();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldDrawEveryElementAndFlowOnce(String processId) {
    // given
    BpmnModelInstance model = PolicyModels.read(processId);

    // when
    List<String> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId())
            .toList();
    List<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(edge -> edge.getBpmnElement().getId())
            .toList();

    // then
    assertThat(shapes)
        .containsExactlyInAnyOrderElementsOf(ids(model.getModelElementsByType(FlowNode.class)));
    assertThat(edges)
        .containsExactlyInAnyOrderElementsOf(ids(model.getModelElementsByType(SequenceFlow.class)));
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldPutNoShapeOnAnother(String processId) {
    // given
    List<Shape> shapes = shapes(PolicyModels.read(processId));

    // then a shape lies beside another, or inside its sub-process, or on its host's border
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        Shape a = shapes.get(i), b = shapes.get(j);
        if (a.overlaps(b)
            && !a.contains(b)
            && !b.contains(a)
            && !a.id().equals(b.host())
            && !b.id().equals(a.host())) {
          overlaps.add(a.id() + " on " + b.id());
        }
      }
    }
    assertThat(overlaps).as("shapes on one another in %s", processId).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldRouteEveryFlowAroundTheShapesInStraightRuns(String processId) {
    // given
    BpmnModelInstance model = PolicyModels.read(processId);
    List<Shape> shapes = shapes(model);

    // then
    List<String> problems = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
      String source = flow.getSource().getId();
      String target = flow.getTarget().getId();
      String host =
          flow.getSource() instanceof BoundaryEvent boundary
              ? boundary.getAttachedTo().getId()
              : null;
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (int k = 1; k < points.size(); k++) {
        Waypoint from = points.get(k - 1), to = points.get(k);
        if (Double.compare(from.getX(), to.getX()) != 0
            && Double.compare(from.getY(), to.getY()) != 0) {
          problems.add(flow.getId() + " runs askew");
        }
        Shape run = Shape.run(from, to);
        for (Shape shape : shapes) {
          boolean itsOwn =
              shape.id().equals(source) || shape.id().equals(target) || shape.id().equals(host);
          if (!shape.container() && !itsOwn && run.overlaps(shape.inset(2))) {
            problems.add(flow.getId() + " through " + shape.id());
          }
        }
      }
    }
    assertThat(problems).as("flows of %s", processId).isEmpty();
  }

  private static List<Shape> shapes(BpmnModelInstance model) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .map(
            shape -> {
              Bounds b = shape.getBounds();
              String host =
                  shape.getBpmnElement() instanceof BoundaryEvent boundary
                      ? boundary.getAttachedTo().getId()
                      : null;
              return new Shape(
                  shape.getBpmnElement().getId(),
                  Boolean.TRUE.equals(shape.isExpanded()),
                  host,
                  b.getX(),
                  b.getY(),
                  b.getWidth(),
                  b.getHeight());
            })
        .toList();
  }

  /** A shape's bounds; a run of a flow as a thin one. */
  private record Shape(
      String id, boolean container, String host, double x, double y, double w, double h) {

    static Shape run(Waypoint from, Waypoint to) {
      double x = Math.min(from.getX(), to.getX()), y = Math.min(from.getY(), to.getY());
      return new Shape(
          "run",
          false,
          null,
          x,
          y,
          Math.abs(to.getX() - from.getX()),
          Math.abs(to.getY() - from.getY()));
    }

    Shape inset(double by) {
      return new Shape(id, container, host, x + by, y + by, w - 2 * by, h - 2 * by);
    }

    boolean overlaps(Shape other) {
      return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }

    boolean contains(Shape other) {
      return x <= other.x
          && y <= other.y
          && x + w >= other.x + other.w
          && y + h >= other.y + other.h;
    }
  }
}
