package jp.vaccinationoffice.caseserver.comments;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link TaskCommentFilter} before the engine REST API and the webapps see a comment. */
@Configuration(proxyBeanMethods = false)
class TaskCommentFilters {

  static final int ORDER = -95;

  @Bean
  FilterRegistrationBean<TaskCommentFilter> taskCommentFilter() {
    FilterRegistrationBean<TaskCommentFilter> registration = new FilterRegistrationBean<>(new TaskCommentFilter());
    registration.setName("task-comments");
    registration.addUrlPatterns("/engine-rest/*", "/operaton/api/engine/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
