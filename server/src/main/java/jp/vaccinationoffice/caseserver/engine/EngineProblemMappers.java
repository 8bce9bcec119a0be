package jp.vaccinationoffice.caseserver.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the engine REST API's exception mappers (which answer a tenant check, an unknown id in
 * some resources and a refused variable with 500) by one mapping to RFC 9457 problem bodies. JAX-RS
 * picks the mapper of the closest exception type, so each type Operaton maps gets one here too, all
 * with a higher priority than Operaton's. The body keeps Operaton's {@code message} member, which
 * the external-task client reads.
 */
final class EngineProblemMappers {

  static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(EngineProblemMappers.class);

  private EngineProblemMappers() {}

  static List<Class<?>> all() {
    return List.of(AnyFailure.class, RestFailure.class, EngineFailure.class, JsonMappingFailure.class,
        JsonParseFailure.class, HttpFailure.class);
  }

  static Response toResponse(Throwable thrown) {
    EngineProblem problem = EngineExceptionKinds.classify(thrown);
    if (problem.serverFault()) {
      LOG.error("Engine REST request failed", thrown);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Problems.type(problem.typeName()).toString());
    body.put("title", Response.Status.fromStatusCode(problem.status()) == null ? "Error"
        : Response.Status.fromStatusCode(problem.status()).getReasonPhrase());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("message", problem.detail());
    Response.ResponseBuilder response = Response.status(problem.status()).type(PROBLEM_JSON).entity(json(body))
        .header("Cache-Control", "no-store");
    if (thrown instanceof WebApplicationException web && web.getResponse().getHeaderString("Allow") != null) {
      response.header("Allow", web.getResponse().getHeaderString("Allow"));
    }
    return response.build();
  }

  private static String json(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Priority(1)
  static final class AnyFailure implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return EngineProblemMappers.toResponse(exception);
    }
  }

  @Priority(1)
  static final class RestFailure implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return EngineProblemMappers.toResponse(exception);
    }
  }

  @Priority(1)
  static final class EngineFailure implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineProblemMappers.toResponse(exception);
    }
  }

  @Priority(1)
  static final class JsonMappingFailure implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return EngineProblemMappers.toResponse(exception);
    }
  }

  @Priority(1)
  static final class JsonParseFailure implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return EngineProblemMappers.toResponse(exception);
    }
  }

  @Priority(1)
  static final class HttpFailure implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      return EngineProblemMappers.toResponse(exception);
    }
  }
}
