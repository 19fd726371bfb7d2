package org.tongxing.app.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;
import org.tongxing.app.persistence.AppDatabase;
import org.tongxing.app.staff.StaffDirectory;
import org.tongxing.app.staff.StaffMember;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.views.InvalidSavedViewException;
import org.tongxing.app.tasklist.views.SavedView;
import org.tongxing.app.tasklist.views.SavedViews;

/**
 * The tasklist's and the approval operations' tables on both databases the app runs on: H2 and a
 * real PostgreSQL (portable SQL, one script each).
 */
class ApprovalTablesTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
  private static EmbeddedPostgres postgres;

  static Stream<Arguments> databases() throws IOException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    if (postgres == null) {
      postgres = EmbeddedPostgres.start();
    }
    return Stream.of(
        Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres.getPostgresDatabase()));
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldKeepSavedViewsForTheOwnerAndTheDepartmentTheyShareWith(
      String name, DataSource dataSource) {
    // given
    SavedViews views = new SavedViews(new AppDatabase(dataSource));
    String owner = "owner-" + UUID.randomUUID();
    TasklistUser zhang = new TasklistUser(owner, Set.of("dpf"));
    TasklistUser colleague = new TasklistUser("colleague-" + UUID.randomUUID(), Set.of("dpf"));
    TasklistUser other = new TasklistUser("other-" + UUID.randomUUID(), Set.of("hrss"));

    // when
    SavedView mine = views.save(zhang, "张敏", "我的超期", "queue=overdue", "");
    SavedView shared = views.save(zhang, "张敏", "鹿城区", "county=lucheng", "dpf");

    // then
    assertThat(views.visibleTo(zhang)).extracting(SavedView::id).contains(mine.id(), shared.id());
    assertThat(views.visibleTo(colleague))
        .extracting(SavedView::id)
        .contains(shared.id())
        .doesNotContain(mine.id());
    assertThat(views.visibleTo(other))
        .extracting(SavedView::id)
        .doesNotContain(mine.id(), shared.id());
    assertThatThrownBy(() -> views.save(zhang, "张敏", "财政", "", "finance"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("finance");
    assertThatThrownBy(() -> views.save(zhang, "张敏", " ", "", ""))
        .isInstanceOf(InvalidSavedViewException.class);
    assertThatThrownBy(() -> views.delete(shared.id(), colleague))
        .isInstanceOf(AccessDeniedException.class);
    views.delete(shared.id(), zhang);
    assertThat(views.find(shared.id())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldKeepOnePendingDelegationAndItsResult(String name, DataSource dataSource) {
    // given
    Delegations delegations = new Delegations(new AppDatabase(dataSource));
    long task = System.nanoTime();
    Delegation opened = delegations.open(task, 7, "dpf-zhang", "张敏", "dpf-li", "李强", "请核对", NOW);

    // when
    delegations.settle(
        opened.id(),
        Delegation.State.RESOLVED,
        "{\"decision\":\"approve\"}",
        "材料齐全",
        NOW.plusHours(1));

    // then
    assertThat(delegations.pending(task)).isEmpty();
    Delegation given = delegations.lastResolved(task).orElseThrow();
    assertThat(given.resultValues()).isEqualTo("{\"decision\":\"approve\"}");
    assertThat(given.resultOpinion()).isEqualTo("材料齐全");
    assertThat(given.settledAt()).isEqualTo(NOW.plusHours(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldTrackCoSignersFromRequestToSignature(String name, DataSource dataSource) {
    // given
    SignerRequests requests = new SignerRequests(new AppDatabase(dataSource));
    long task = System.nanoTime();
    SignerRequest request =
        requests.add(
            task,
            7,
            SignerRequest.Position.AFTER,
            SignerRequest.SignerKind.DEPARTMENT,
            "hrss",
            "dpf-li",
            "李强",
            null,
            NOW);

    // when
    requests.started(request.id(), 9001L, "{\"decision\":\"approve\"}");
    boolean first = requests.signed(request.id(), "agree", "同意", "hrss-wang", NOW);
    boolean again = requests.signed(request.id(), "disagree", "不同意", "hrss-chief", NOW);

    // then
    SignerRequest signed = requests.ofHelper(9001L).orElseThrow();
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(signed.agreed()).isTrue();
    assertThat(signed.heldValues()).isEqualTo("{\"decision\":\"approve\"}");
    assertThat(requests.signsFor(task, "hrss-wang", Set.of("hrss"))).isTrue();
    assertThat(requests.signsFor(task, "tax-wu", Set.of("tax"))).isFalse();
    assertThat(requests.startedAndPending())
        .extracting(SignerRequest::id)
        .doesNotContain(request.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldListCopiesForThePersonAndTheirDepartments(String name, DataSource dataSource) {
    // given
    CaseCopies copies = new CaseCopies(new AppDatabase(dataSource));
    long task = System.nanoTime();
    String person = "person-" + UUID.randomUUID();
    copies.add(
        7,
        task,
        "市残联审核",
        "就业补贴",
        CaseCopy.RecipientKind.PERSON,
        person,
        "dpf-zhang",
        "张敏",
        "请知悉",
        NOW);
    copies.add(
        7,
        task,
        "市残联审核",
        "就业补贴",
        CaseCopy.RecipientKind.DEPARTMENT,
        "finance",
        "dpf-zhang",
        "张敏",
        null,
        NOW.plusMinutes(1));

    // when
    copies.markRead(task, person, NOW.plusHours(1));

    // then
    List<CaseCopy> mine = copies.to(person, Set.of("finance"));
    assertThat(mine).extracting(CaseCopy::taskKey).containsExactly(task, task);
    assertThat(mine.get(1).isRead()).isTrue();
    assertThat(copies.isCopiedTo(task, "finance-chen", Set.of("finance"))).isTrue();
    assertThat(copies.isCopiedTo(task, "tax-wu", Set.of("tax"))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void shouldRememberStaffWithTodaysDepartments(String name, DataSource dataSource) {
    // given
    StaffDirectory staff = new StaffDirectory(new AppDatabase(dataSource));
    String username = "staff-" + UUID.randomUUID();
    staff.remember(new StaffMember(username, "王芳", List.of("hrss")));

    // when
    staff.remember(new StaffMember(username, "王芳", List.of("hrss", "dpf")));

    // then
    assertThat(staff.find(username))
        .contains(new StaffMember(username, "王芳", List.of("dpf", "hrss")));
    assertThat(staff.inGroups(List.of("dpf"))).extracting(StaffMember::username).contains(username);
    assertThat(staff.departments()).contains("dpf", "hrss");
  }
}
