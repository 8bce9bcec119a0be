package jp.vaccinationoffice.caseserver.personalinfo;

/**
 * A request as a task's case panel shows it: the view staff see, and whether a support measure
 * (DV等支援措置) protects the person's address. The gathered information, numbered as the draft names
 * it, comes from {@link RequestDraftFacts}.
 */
public record RequestForTask(RequestView view, boolean supportMeasure) {}
