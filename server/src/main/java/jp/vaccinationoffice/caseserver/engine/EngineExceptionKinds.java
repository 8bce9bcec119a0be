package jp.vaccinationoffice.caseserver.engine;

import com.fasterxml.jackson.core.JacksonException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.apache.ibatis.exceptions.PersistenceException;
import org.glassfish.jersey.server.ParamException;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ParseException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.ProcessEnginePersistenceException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.exception.NotFoundException;
import org.operaton.bpm.engine.exception.NullValueException;
import org.operaton.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.operaton.bpm.engine.migration.MigrationPlanValidationException;
import org.operaton.bpm.engine.rest.exception.RestException;

/**
 * Sorts what the engine REST API throws into the caller's problem by kind, looking through the
 * causes the engine wraps around the real one (a task listener's refusal inside a failed completion,
 * a tenant check inside a {@link RestException}). An id of another municipality is answered exactly
 * like an unknown id, so that a guessed id is never confirmed to exist. Only faults of the server
 * itself (the database, a bug) stay 5xx.
 */
final class EngineExceptionKinds {

  /** Engine messages that mean "no such thing", or "not in your tenant", which must look the same. */
  private static final Pattern NOT_FOUND = Pattern.compile(
      "belongs to no authenticated tenant|doesn't exist|does not exist|Cannot find [a-z ]+ with id|No matching"
          + "|not found|No task found", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNBOUNDED = Pattern.compile("unbound number of results|Max results limit",
      Pattern.CASE_INSENSITIVE);

  /** A completion without a value that the next gateway or listener reads (a form field left out). */
  private static final Pattern MISSING_VARIABLE = Pattern.compile("Unknown property used in expression: [$#]\\{(\\w+)\\}");
  /** A resource given the body {@code null}: Operaton calls a method on the missing request object. */
  private static final Pattern MISSING_BODY = Pattern.compile(
      "Cannot invoke \"org\\.operaton\\.bpm\\.engine\\.rest\\.dto\\.[\\w.$]+\\([^)]*\\)\" because \"\\w+\" is null");
  private static final String REST_DTOS = "org.operaton.bpm.engine.rest.dto.";
  private static final Set<String> REQUEST_READERS = Set.of("toTypedValue", "toMap", "toVariableMap",
      "applySortBy", "applySortingOptions", "applyFilters", "toQuery", "createQuery", "getVariableName");

  private EngineExceptionKinds() {}

  static EngineProblem classify(Throwable thrown) {
    if (anyCauseIsNotFound(thrown)) {
      return EngineProblem.notFound(); // whatever the engine wrapped it in ("Cannot get form for task …": 400)
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      EngineProblem problem = byKind(cause);
      if (problem != null) {
        return problem;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return new EngineProblem(500, "server-error",
        "The server failed to carry out this request. The failure is logged; try again later.");
  }

  private static boolean anyCauseIsNotFound(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (databaseFault(cause)) {
        return false; // "relation … does not exist" is the database's fault, not an unknown id
      }
      if (cause instanceof NotFoundException
          || cause instanceof ProcessEngineException && NOT_FOUND.matcher(String.valueOf(cause.getMessage())).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean databaseFault(Throwable cause) {
    return cause instanceof ProcessEnginePersistenceException || cause instanceof PersistenceException
        || cause instanceof SQLException;
  }

  private static EngineProblem byKind(Throwable cause) {
    if (databaseFault(cause)) {
      return null; // look deeper for a caller's mistake, else it stays a 500
    }
    if (cause instanceof AuthorizationException) {
      return new EngineProblem(403, "forbidden", "Your role does not allow this.");
    }
    if (cause instanceof JacksonException) {
      return new EngineProblem(400, "unreadable-body",
          "The request body is not valid JSON of the expected shape (check the field types).");
    }
    if (cause instanceof WebApplicationException web) {
      return fromStatus(web);
    }
    if (cause instanceof RestException rest) {
      return fromRest(rest);
    }
    if (cause instanceof ProcessEngineException engine) {
      return fromEngine(engine);
    }
    if (cause instanceof NullPointerException && MISSING_BODY.matcher(String.valueOf(cause.getMessage())).find()) {
      return new EngineProblem(400, "missing-body", "This request needs a JSON object as its body.");
    }
    if (readingTheRequest(cause)) {
      return new EngineProblem(400, "bad-request", "A value in the request cannot be read: check the types of"
          + " variables (String, Boolean, Integer, Long, Double, Date), their values and sorting parameters.");
    }
    return null;
  }

  /**
   * Operaton's REST layer fails with plain runtime exceptions while it turns some malformed requests
   * into engine calls (a variable type "", a file without valueInfo, a number as a sorting variable).
   * Building an answer ({@code from…} methods) is not among these: a failure there is the server's.
   */
  private static boolean readingTheRequest(Throwable cause) {
    if (!(cause instanceof RuntimeException)) {
      return false;
    }
    for (StackTraceElement frame : cause.getStackTrace()) {
      if (frame.getClassName().startsWith(REST_DTOS) && REQUEST_READERS.contains(frame.getMethodName())) {
        return true;
      }
    }
    return false;
  }

  private static EngineProblem fromRest(RestException rest) {
    Response.Status status = rest.getStatus();
    if (status == null || status.getStatusCode() >= 500) {
      return null; // the engine wraps the real failure in a 500: judge the cause instead
    }
    return status.getStatusCode() == 404 ? EngineProblem.notFound() : refusal(status.getStatusCode(), rest);
  }

  private static EngineProblem fromEngine(ProcessEngineException engine) {
    String message = String.valueOf(engine.getMessage());
    if (engine instanceof OptimisticLockingException || engine instanceof TaskAlreadyClaimedException) {
      return new EngineProblem(409, "conflict", Problems.withoutMyNumbers(message));
    }
    Matcher missingVariable = MISSING_VARIABLE.matcher(message);
    if (missingVariable.find()) {
      return new EngineProblem(400, "missing-variable", "The process needs the value '" + missingVariable.group(1)
          + "', which the request did not give: send it as a variable of the task's form.");
    }
    if (UNBOUNDED.matcher(message).find()) {
      return new EngineProblem(400, "unbounded-query", "An unbound number of results is refused:"
          + " send maxResults (at most 2,000) and firstResult to page through the results.");
    }
    if (engine instanceof BadUserRequestException || engine instanceof NullValueException
        || engine instanceof ParseException || engine instanceof MismatchingMessageCorrelationException
        || engine instanceof MigrationPlanValidationException
        || engine instanceof MigratingProcessInstanceValidationException) {
      return refusal(400, engine);
    }
    if (engine.getCause() != null) {
      return null;
    }
    // the engine refuses a request it cannot carry out (a prohibited serialization format, a value
    // without a serializer) with its base exception; a fault of the server would carry a cause
    return refusal(400, engine);
  }

  private static EngineProblem fromStatus(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    if (web instanceof ParamException param && param.getParameterType() != PathParam.class) {
      return new EngineProblem(400, "bad-parameter", "The parameter '" + param.getParameterName()
          + "' does not have the expected type.");
    }
    if (status == 404) {
      return EngineProblem.notFound();
    }
    return new EngineProblem(status, "http-" + status, Response.Status.fromStatusCode(status) == null
        ? "The request was refused." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".");
  }

  private static EngineProblem refusal(int status, Throwable refused) {
    return new EngineProblem(status, status == 403 ? "forbidden" : "bad-request",
        Problems.withoutMyNumbers(String.valueOf(refused.getMessage())));
  }
}
