package jp.vaccinationoffice.caseserver.forms;

/** One field's problem; {@code field} is the variable name, the message never repeats the value. */
public record FieldError(String field, String message) {}
