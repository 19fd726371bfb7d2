package org.tongxing.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongxing.app.tasklist.TaskFixtures.openTask;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class TaskAccessPolicyTest {

  private static final TasklistUser ZHANG = new TasklistUser("dpf-zhang", Set.of("dpf"));

  @Test
  void shouldAllowAMemberOfACandidateGroup() {
    assertThat(TaskAccessPolicy.mayAccess(ZHANG, openTask(1, "hrss", "dpf"))).isTrue();
  }

  @Test
  void shouldAllowTheAssigneeWhateverTheirGroups() {
    assertThat(TaskAccessPolicy.mayAccess(ZHANG, openTask(1, "finance").withAssignee("dpf-zhang")))
        .isTrue();
  }

  @Test
  void shouldRefuseEveryoneElseWithTheIdsInTheMessage() {
    // given
    UserTaskInfo task = openTask(7, "finance").withAssignee("finance-chen");

    // when / then
    assertThat(TaskAccessPolicy.mayAccess(ZHANG, task)).isFalse();
    assertThatThrownBy(() -> TaskAccessPolicy.checkAccess(ZHANG, task))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("dpf-zhang")
        .hasMessageContaining("[finance]")
        .hasMessageContaining("task 7");
  }

  @Test
  void shouldRefuseATaskWithoutCandidateGroupsToAnyoneButItsAssignee() {
    assertThat(TaskAccessPolicy.mayAccess(ZHANG, openTask(1))).isFalse();
  }
}
