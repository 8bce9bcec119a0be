package jp.vaccinationoffice.caseserver.api;

import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests refused for their form before any controller is chosen (a body of the wrong media type,
 * an upload above the limit, an unreadable multipart body, even on a GET): with no controller, an
 * advice limited to the case API's package would not apply, so this one applies everywhere.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestFormProblems {

  private final MultipartProperties multipart;

  RequestFormProblems(MultipartProperties multipart) {
    this.multipart = multipart;
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    return ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send " + e.getSupportedMediaTypes().stream()
        .map(MediaType::toString).collect(Collectors.joining(" or ")));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE,
        "the file is larger than " + multipart.getMaxFileSize().toMegabytes() + " MB, the largest accepted");
  }

  /** Also a GET with a multipart content type: the body is parsed before any controller is chosen. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail unreadableMultipart(MultipartException e) {
    return ApiProblems.problem(HttpStatus.BAD_REQUEST, "the request is not a readable multipart/form-data upload");
  }
}
