package org.tongxing.app.tasklist.views;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.security.StaffNames;
import org.tongxing.app.tasklist.FlashNotice;
import org.tongxing.app.tasklist.TasklistUser;

/** Saving the current queue page as a named view, and deleting one's own views. */
@Controller
public class SavedViewController {

  /** Flash attributes that take a refused name back to the field it was typed into. */
  static final String NAME_ERROR = "viewNameError";

  static final String ENTERED_NAME = "viewNameEntered";

  private final SavedViews views;

  SavedViewController(SavedViews views) {
    this.views = views;
  }

  @PostMapping("/tasks/views")
  String save(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String query,
      @RequestParam(defaultValue = "") String share,
      Authentication authentication,
      RedirectAttributes redirect) {
    TasklistUser user = TasklistUser.of(authentication);
    String back = query.isBlank() ? "redirect:/tasks" : "redirect:/tasks?" + query;
    try {
      SavedView view =
          views.save(user, StaffNames.displayNameOf(authentication), name, query, share);
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE,
          FlashNotice.success(
              view.isShared() ? "views.notice.savedShared" : "views.notice.saved", view.name()));
      return "redirect:" + view.link();
    } catch (InvalidSavedViewException e) {
      redirect.addFlashAttribute(NAME_ERROR, e.code());
      redirect.addFlashAttribute(ENTERED_NAME, name);
      return back;
    }
  }

  @PostMapping("/tasks/views/{id}/delete")
  String delete(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
    TasklistUser user = TasklistUser.of(authentication);
    try {
      String name = views.find(id).map(SavedView::name).orElse("");
      views.delete(id, user);
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.success("views.notice.deleted", name));
    } catch (InvalidSavedViewException e) {
      redirect.addFlashAttribute(FlashNotice.ATTRIBUTE, FlashNotice.problem(e.code(), ""));
    }
    return "redirect:/tasks";
  }
}
