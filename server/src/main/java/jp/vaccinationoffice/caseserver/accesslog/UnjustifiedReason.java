package jp.vaccinationoffice.caseserver.accesslog;

/** Why a read is listed as one without a business need (業務上必要のない検索の疑い). */
public enum UnjustifiedReason {
  NO_JUSTIFICATION("業務上の理由（タスク・案件）の記録なし (no task or case recorded)"),
  UNRECOGNISED_JUSTIFICATION("理由がタスク・案件の形式でない (the recorded reason names no task or case)"),
  TASK_NOT_FOUND("理由のタスクが存在しない (the task named does not exist)"),
  TASK_OF_ANOTHER_MUNICIPALITY("理由のタスクが他の市区町村のもの (the task belongs to another municipality)"),
  NOT_ON_TASK("担当者・候補者でないタスク (the reader was neither assignee nor candidate of the task)"),
  TASK_NOT_OPEN("タスクの処理期間外の参照 (the read was outside the time the task was open)"),
  TASK_OF_ANOTHER_CASE("理由のタスクが参照した案件のものでない (the task belongs to another case)"),
  CASE_MISMATCH("理由の案件と参照した案件が異なる (the case named is not the case read)"),
  NOT_ON_CASE("案件のタスクを担当していない (the reader had no open task in the case named)"),
  SEARCH_LED_TO_NO_TASK("検索結果のどの案件にも担当するタスクがない (the search found no case the searcher had a task in)");

  private final String description;

  UnjustifiedReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
