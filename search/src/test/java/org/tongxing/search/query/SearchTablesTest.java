package org.tongxing.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every field an entity may be searched by has its SQL, so no search fails late. */
class SearchTablesTest {

  @Test
  void shouldHaveAColumnOrAConditionForEveryFieldOfEveryEntity() {
    for (SearchEntity<?> entity : SearchEntity.ALL) {
      EntityTable<?> table = SearchTables.of(entity);
      assertThat(table.fields())
          .as(entity + " sort and filter fields")
          .containsKeys(entity.fields().toArray(String[]::new));
      assertThat(table.specialConditions())
          .as(entity + " filter-only fields")
          .containsKeys(entity.filterOnly().toArray(String[]::new));
    }
  }
}
