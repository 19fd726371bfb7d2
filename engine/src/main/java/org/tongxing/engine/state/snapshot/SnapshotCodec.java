package org.tongxing.engine.state.snapshot;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tongxing.engine.json.JsonValues;

/** Writes a snapshot as gzipped JSON and reads it back. */
public final class SnapshotCodec {

  private final ObjectMapper mapper =
      JsonValues.mapper()
          .copy()
          // only record components: helpers such as isActive() are not state
          .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
          .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  public byte[] encode(EngineSnapshot snapshot) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
      mapper.writeValue(out, snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to encode the snapshot, but failed", e);
    }
    return bytes.toByteArray();
  }

  public EngineSnapshot decode(byte[] data) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16)) {
      return mapper.readValue(in, EngineSnapshot.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected a snapshot, but could not decode it", e);
    }
  }
}
