package jp.vaccinationoffice.caseserver.accesslog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of checking the whole hash chain.
 *
 * @param valid whether every row is unchanged, in place and linked to the one before it
 * @param checkedRows how many rows were checked (up to and including the first broken one)
 * @param firstBrokenRowId the id of the first row that was changed, removed or does not link, or null
 * @param problem what is wrong with that row, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChainVerification(boolean valid, long checkedRows, Long firstBrokenRowId, String problem) {

  static ChainVerification intact(long checkedRows) {
    return new ChainVerification(true, checkedRows, null, null);
  }

  static ChainVerification broken(long checkedRows, Long rowId, String problem) {
    return new ChainVerification(false, checkedRows, rowId, problem);
  }
}
