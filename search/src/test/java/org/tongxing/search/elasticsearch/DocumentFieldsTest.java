package org.tongxing.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.search.query.SearchEntity;

/** Every field an entity may be searched by is mapped in its index, so no search fails late. */
class DocumentFieldsTest {

  @Test
  void shouldMapEveryFieldOfEveryEntityToAMappedDocumentField() throws Exception {
    for (SearchEntity<?> entity : SearchEntity.ALL) {
      JsonNode properties = mappings(entity.name()).get("properties");
      for (String field : entity.filterFields()) {
        if (entity == SearchEntity.ELEMENT_INSTANCES && field.equals("hasIncident")) {
          continue; // whether incidentKey is there
        }
        assertThat(properties.has(DocumentFields.of(entity, field)))
            .as(entity + "." + field + " → " + DocumentFields.of(entity, field))
            .isTrue();
      }
      for (String field : DocumentFields.VARIABLE_FILTERS) {
        if (entity.filterOnly().contains(field)) {
          assertThat(properties.get(field).get("type").asText())
              .as(entity + "." + field)
              .isEqualTo("flattened");
        }
      }
    }
  }

  private static JsonNode mappings(String entity) throws Exception {
    try (InputStream in =
        DocumentFieldsTest.class.getResourceAsStream("/elasticsearch/" + entity + ".json")) {
      return JsonValues.mapper().readTree(in);
    }
  }
}
