package jp.vaccinationoffice.caseserver.api;

import java.net.URI;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A problem's {@code instance} (Spring fills in the request path) and a detail that names an id may
 * repeat a My Number sent as an id ({@code /api/cases/<12 digits>}): it is masked before the answer
 * is written.
 */
@RestControllerAdvice
class ProblemInstances implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem) {
      if (problem.getInstance() != null) {
        problem.setInstance(URI.create(Problems.withoutMyNumbers(problem.getInstance().toString())));
      }
      problem.setDetail(Problems.withoutMyNumbers(problem.getDetail()));
    }
    return body;
  }
}
