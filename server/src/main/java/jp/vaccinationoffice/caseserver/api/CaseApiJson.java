package jp.vaccinationoffice.caseserver.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.GenericTypeResolver;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the case API's request bodies strictly: an unknown field (a typo must not silently drop
 * data), a key given twice, trailing content, a number where a string is documented, a string where
 * a boolean or number is, a date-time or a number where a date is: each is a 400 naming the field.
 * Only the server's own body types are read this way; the simulators' bodies, every answer and the
 * engine REST API (its own Jackson set-up) keep the ordinary mapper.
 */
@Configuration(proxyBeanMethods = false)
class CaseApiJson implements WebMvcConfigurer {

  private static final String OWN_TYPES = "jp.vaccinationoffice.caseserver.";

  private final ObjectMapper objectMapper;

  CaseApiJson(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(0, new StrictReader(strict(objectMapper)));
  }

  static ObjectMapper strict(ObjectMapper base) {
    ObjectMapper strict = base.copy();
    strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    failCoercion(strict, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    failCoercion(strict, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.String, CoercionInputShape.EmptyString);
    failCoercion(strict, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
        CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
    failCoercion(strict, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
        CoercionInputShape.EmptyString);
    failCoercion(strict, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
    strict.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    strict.registerModule(new SimpleModule("case-api-dates").addDeserializer(LocalDate.class, new StrictDate()));
    return strict;
  }

  private static void failCoercion(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  /** A date is a JSON string {@code yyyy-MM-dd} of a real calendar day; nothing else. */
  static final class StrictDate extends StdScalarDeserializer<LocalDate> {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE =
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    StrictDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
      }
      String text = parser.getText();
      if (FORM.matcher(text).matches()) {
        try {
          return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
          // falls through to the refusal below
        }
      }
      return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date written yyyy-MM-dd");
    }
  }

  /** Reads only the server's own request types; writes nothing. */
  static final class StrictReader extends MappingJackson2HttpMessageConverter {

    StrictReader(ObjectMapper strict) {
      super(strict);
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
      return isOwn(clazz) && super.canRead(clazz, mediaType);
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
      return isOwn(GenericTypeResolver.resolveType(type, contextClass)) && super.canRead(type, contextClass, mediaType);
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
      return false;
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
      return false;
    }

    private static boolean isOwn(Type type) {
      return type instanceof Class<?> clazz && clazz.getName().startsWith(OWN_TYPES);
    }
  }
}
