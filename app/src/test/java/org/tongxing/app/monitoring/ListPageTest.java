package org.tongxing.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListPageTest {

  private static final Map<String, String> SEARCH = Map.of("process", "p");

  @Test
  void shouldReadTheFirstPageWhenTheAddressHoldsNoCursor() {
    assertThat(ListPosition.read(null, " ", "7")).isEqualTo(ListPosition.FIRST);
  }

  @Test
  void shouldFollowTheCursorAndKeepThePageNumberOnlyAsALabel() {
    // when
    ListPosition next = ListPosition.read("abc", null, "3");
    ListPosition withoutNumber = ListPosition.read("abc", null, "x");
    ListPosition both = ListPosition.read("abc", "def", "3");

    // then
    assertThat(next).isEqualTo(new ListPosition("abc", null, 3));
    assertThat(withoutNumber.number()).isEqualTo(2);
    assertThat(both.before()).isNull();
  }

  @Test
  void shouldLinkTheNextPageByTheEndCursorAndThePreviousByTheStartCursor() {
    // given the third page of 25, full, of 120 matches
    ListPage<String> page = new ListPage<>(List.of("a"), 25, 3, 25, 120, false, "s", "e");

    // then
    assertThat(page.hasNext()).isTrue();
    assertThat(page.nextLink("/l", SEARCH)).isEqualTo("/l?process=p&page=4&after=e");
    assertThat(page.previousLink("/l", SEARCH)).isEqualTo("/l?process=p&page=2&before=s");
    assertThat(page.firstRow()).isEqualTo(51);
    assertThat(page.pageCount()).isEqualTo(5);
  }

  @Test
  void shouldGoBackToThePlainFirstPageFromTheSecond() {
    ListPage<String> second = new ListPage<>(List.of("a"), 25, 2, 25, 120, false, "s", "e");

    assertThat(second.previousLink("/l", SEARCH)).isEqualTo("/l?process=p");
  }

  @Test
  void shouldHaveNoNextPageAfterTheLastMatchCounted() {
    // a full page that ends with the last match, and a page of fewer than asked
    ListPage<String> full = new ListPage<>(List.of(), 25, 2, 25, 50, false, "s", "e");
    ListPage<String> partial = new ListPage<>(List.of(), 3, 3, 25, 53, false, "s", "e");
    // beyond the counting limit, a full page may have more after it
    ListPage<String> uncounted = new ListPage<>(List.of(), 25, 400, 25, 10_000, true, "s", "e");

    assertThat(full.hasNext()).isFalse();
    assertThat(partial.hasNext()).isFalse();
    assertThat(uncounted.hasNext()).isTrue();
    assertThat(uncounted.lastRow()).isEqualTo(10_000);
  }
}
