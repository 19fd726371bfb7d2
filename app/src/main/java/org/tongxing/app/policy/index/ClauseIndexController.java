package org.tongxing.app.policy.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.policy.Clause;
import org.tongxing.app.policy.PolicyClauses;
import org.tongxing.app.policy.citation.CitationReader;

/**
 * The clause index: every sentence of the policy with the process elements, DMN rules and form
 * fields that implement it (a page, and JSON for programs), one sentence with its neighbours, and
 * the way back from an element to the sentence it cites.
 */
@Controller
class ClauseIndexController {

  private final ClauseIndex index;
  private final PolicyClauses policy;

  ClauseIndexController(ClauseIndex index, PolicyClauses policy) {
    this.index = index;
    this.policy = policy;
  }

  @GetMapping("/policy/clauses")
  String clauses(
      @RequestParam(name = "item", required = false) Integer item,
      @RequestParam(name = "show", defaultValue = "all") String show,
      Model model) {
    ClauseIndexView view = index.build();
    if (item != null && view.items().stream().noneMatch(i -> i.item().number() == item)) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND,
          "Expected a work item from 1 to " + view.items().size() + ", but got " + item);
    }
    model.addAttribute("index", view);
    model.addAttribute("selectedItem", item);
    model.addAttribute("show", List.of("implemented", "open").contains(show) ? show : "all");
    return "policy/clauses";
  }

  @GetMapping("/policy/clauses/{number}")
  String clause(@PathVariable("number") String number, Model model) {
    Clause clause = clauseOrNotFound(number);
    ClauseIndexView view = index.build();
    IndexedSentence sentence = view.sentence(clause).orElseThrow(() -> notFound(number));
    IndexedItem item =
        view.items().stream()
            .filter(candidate -> candidate.item().number() == clause.item())
            .findFirst()
            .orElseThrow();
    int at = item.sentences().indexOf(sentence);
    model.addAttribute("index", view);
    model.addAttribute("item", item);
    model.addAttribute("sentence", sentence);
    model.addAttribute("previous", previous(view, item, at));
    model.addAttribute("next", next(view, item, at));
    return "policy/clause";
  }

  @GetMapping(path = "/policy/clauses.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> json(
      @RequestParam(name = "citations", defaultValue = "true") boolean withCitations) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", policy.text().title());
    if (!withCitations) {
      json.put(
          "clauses",
          policy.text().sentences().stream()
              .map(
                  sentence ->
                      Map.of("clause", sentence.clause().toString(), "text", sentence.text()))
              .toList());
      return json;
    }
    ClauseIndexView view = index.build();
    json.put("deployedUnavailable", view.deployedUnavailable());
    json.put(
        "clauses",
        view.items().stream()
            .flatMap(item -> item.sentences().stream())
            .map(
                sentence -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("clause", sentence.sentence().clause().toString());
                  entry.put("item", sentence.sentence().clause().item());
                  entry.put("sentence", sentence.sentence().clause().sentence());
                  entry.put("text", sentence.sentence().text());
                  entry.put("citations", sentence.citations());
                  return entry;
                })
            .toList());
    json.put("strays", view.strays());
    return json;
  }

  /**
   * From an element back to its sentence: the first clause the element cites in its deployed
   * version or the repository.
   */
  @GetMapping("/policy/citations")
  RedirectView citation(
      @RequestParam("kind") ModelKind kind,
      @RequestParam("resource") String resourceId,
      @RequestParam("element") String elementId) {
    ClauseIndexView view = index.build();
    return view.items().stream()
        .flatMap(item -> item.sentences().stream())
        .filter(
            sentence ->
                sentence.citations().stream()
                    .anyMatch(
                        citation ->
                            citation.kind() == kind
                                && citation.resourceId().equals(resourceId)
                                && citation.elementId().equals(elementId)))
        .findFirst()
        .map(sentence -> redirect("/policy/clauses/" + sentence.sentence().clause().number()))
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Expected "
                        + kind
                        + " "
                        + resourceId
                        + " to have an element "
                        + elementId
                        + " that cites a clause ("
                        + CitationReader.PROPERTY
                        + "), but none does"));
  }

  private static RedirectView redirect(String path) {
    RedirectView view = new RedirectView(path, true);
    view.setStatusCode(HttpStatus.SEE_OTHER);
    return view;
  }

  private static IndexedSentence previous(ClauseIndexView view, IndexedItem item, int at) {
    if (at > 0) {
      return item.sentences().get(at - 1);
    }
    int itemAt = view.items().indexOf(item);
    if (itemAt == 0) {
      return null;
    }
    List<IndexedSentence> before = view.items().get(itemAt - 1).sentences();
    return before.get(before.size() - 1);
  }

  private static IndexedSentence next(ClauseIndexView view, IndexedItem item, int at) {
    if (at < item.sentences().size() - 1) {
      return item.sentences().get(at + 1);
    }
    int itemAt = view.items().indexOf(item);
    return itemAt == view.items().size() - 1
        ? null
        : view.items().get(itemAt + 1).sentences().get(0);
  }

  private static Clause clauseOrNotFound(String number) {
    try {
      return Clause.parse(number);
    } catch (IllegalArgumentException e) {
      throw notFound(number);
    }
  }

  private static ResponseStatusException notFound(String number) {
    return new ResponseStatusException(
        HttpStatus.NOT_FOUND,
        "Expected a clause of the policy such as 1.4, but the policy has no sentence '"
            + number
            + "'");
  }
}
