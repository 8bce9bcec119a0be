package jp.vaccinationoffice.workers.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The external-task topic a {@link CaseWorker} subscribes to; the model lint reads it too. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExternalTaskTopic {

  String value();

  /**
   * The process variables the worker reads with {@link CaseTask#variable}; only these are fetched
   * with its tasks (by default none: a worker reads its case from the case store).
   */
  String[] variables() default {};
}
