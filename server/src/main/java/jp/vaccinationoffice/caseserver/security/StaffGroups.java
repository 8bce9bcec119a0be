package jp.vaccinationoffice.caseserver.security;

import org.operaton.bpm.engine.authorization.Groups;

/** The staff groups of the office and the engine's administrator group. */
public final class StaffGroups {

  public static final String CLERKS = "clerks";
  public static final String SUPERVISORS = "supervisors";
  public static final String AUDITORS = "auditors";
  public static final String ADMINS = Groups.OPERATON_ADMIN;

  private StaffGroups() {}

  /** Spring Security authority for a group: the group id, upper-cased and prefixed "ROLE_". */
  public static String authorityOf(String groupId) {
    return "ROLE_" + groupId.toUpperCase().replace('-', '_');
  }
}
