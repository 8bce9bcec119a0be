package jp.vaccinationoffice.caseserver.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;

/**
 * Stores maps and lists of plain values (such as a decision table's result row) as JSON text.
 * Java serialization of variables is switched off, and the Spin JSON data format is not available,
 * so without this a decision result with several outputs could not be kept as a variable.
 */
class JsonValueSerializer extends AbstractObjectValueSerializer {

  static final String FORMAT = "application/json";

  private final ObjectMapper json = new ObjectMapper();

  JsonValueSerializer() {
    super(FORMAT);
  }

  @Override
  public String getName() {
    return "json-values";
  }

  @Override
  protected boolean canSerializeValue(Object value) {
    return value instanceof Map<?, ?> || value instanceof Collection<?>;
  }

  @Override
  protected String getTypeNameForDeserialized(Object value) {
    return value instanceof Map<?, ?> ? Map.class.getName() : List.class.getName();
  }

  @Override
  protected byte[] serializeToByteArray(Object value) throws Exception {
    return json.writeValueAsBytes(value);
  }

  @Override
  protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
    Class<?> type = Map.class.getName().equals(objectTypeName) ? LinkedHashMap.class : List.class;
    return json.readValue(bytes, type);
  }

  @Override
  protected boolean isSerializationTextBased() {
    return true;
  }
}
