package org.tongxing.app.modeler.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxing.app.modeler.diff.ModelDiff;
import org.tongxing.app.modeler.draft.DraftSnapshot;
import org.tongxing.app.modeler.draft.Drafts;

/**
 * Two versions of a draft side by side: the diagrams with what changed marked (bpmn-js-differ in
 * the browser), each element's properties before and after, and the text line by line.
 */
@Controller
class DraftDiffController {

  private final Drafts drafts;

  DraftDiffController(Drafts drafts) {
    this.drafts = drafts;
  }

  @GetMapping("/modeler/drafts/{id}/diff")
  String diff(
      @PathVariable("id") long id,
      @RequestParam(name = "from", required = false) Integer from,
      @RequestParam(name = "to", required = false) Integer to,
      Model model) {
    DraftSnapshot latest = drafts.latest(id);
    int newer = to == null ? latest.version().number() : to;
    int older = from == null ? Math.max(1, newer - 1) : from;
    DraftSnapshot before = drafts.snapshot(id, older);
    DraftSnapshot after = drafts.snapshot(id, newer);
    model.addAttribute("draft", latest);
    model.addAttribute("versions", drafts.versions(id));
    model.addAttribute("before", before);
    model.addAttribute("after", after);
    model.addAttribute("changes", ModelDiff.compare(before.files(), after.files()));
    return "modeler/diff";
  }
}
