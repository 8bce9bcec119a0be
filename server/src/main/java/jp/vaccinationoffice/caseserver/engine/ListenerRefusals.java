package jp.vaccinationoffice.caseserver.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.operaton.bpm.engine.rest.exception.RestException;

/**
 * The engine wraps whatever a task listener throws, so a completion that a listener refuses as bad
 * input (a {@link BadUserRequestException}, e.g. an unknown document type) would reach the REST
 * caller as a 500. This answers it as the 400 it is; every other error keeps the engine's mapping.
 */
@Priority(1)
public class ListenerRefusals implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refusal) {
        return Response.status(Response.Status.BAD_REQUEST)
            .entity(ExceptionHandlerHelper.getInstance().fromException(refusal))
            .type(MediaType.APPLICATION_JSON_TYPE)
            .build();
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }
}
