package org.tongxing.engine.log;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.RecordValue;
import org.tongxing.engine.record.ValueType;

/**
 * Writes a batch of records as one JSON array and reads it back. Each record is
 * {@code {"p":position,"t":timestamp,"k":key,"vt":valueType,"i":intent,"v":value}}.
 */
public final class RecordCodec {

  private final ObjectMapper mapper = JsonValues.mapper();

  public byte[] encode(List<Record> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * batch.size());
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.writeStartArray();
      for (Record record : batch) {
        json.writeStartObject();
        json.writeNumberField("p", record.position());
        json.writeNumberField("t", record.timestamp());
        json.writeNumberField("k", record.key());
        json.writeStringField("vt", record.valueType().name());
        json.writeStringField("i", record.intent().name());
        json.writeFieldName("v");
        mapper.writeValue(json, record.value());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to encode a batch of records, but failed", e);
    }
    return out.toByteArray();
  }

  public List<Record> decode(byte[] data) {
    try {
      JsonNode array = mapper.readTree(data);
      List<Record> records = new ArrayList<>(array.size());
      for (JsonNode node : array) {
        ValueType valueType = ValueType.valueOf(node.get("vt").asText());
        RecordValue value = mapper.treeToValue(node.get("v"), valueType.valueClass());
        records.add(
            new Record(node.get("p").asLong(), node.get("t").asLong(), node.get("k").asLong(),
                valueType.intent(node.get("i").asText()), value));
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("Expected a batch of records, but could not decode it", e);
    }
  }
}
