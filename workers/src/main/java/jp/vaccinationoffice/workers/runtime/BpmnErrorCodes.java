package jp.vaccinationoffice.workers.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error codes of the {@link BusinessOutcome}s a {@link CaseWorker} can throw. The model lint
 * requires a boundary event for each of them on every task of the worker's topic.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BpmnErrorCodes {

  String[] value();
}
