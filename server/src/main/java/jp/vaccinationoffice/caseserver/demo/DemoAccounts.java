package jp.vaccinationoffice.caseserver.demo;

import static jp.vaccinationoffice.caseserver.security.StaffGroups.ADMINS;
import static jp.vaccinationoffice.caseserver.security.StaffGroups.AUDITORS;
import static jp.vaccinationoffice.caseserver.security.StaffGroups.CLERKS;
import static jp.vaccinationoffice.caseserver.security.StaffGroups.SUPERVISORS;

import java.util.List;

/** The accounts the demo profile creates; the prod profile refuses to start while any exists. */
public final class DemoAccounts {

  public static final String HOFU = "352063";
  public static final String UBE = "352021";

  public record DemoAccount(String userId, String firstName, String lastName, String municipalityCode, String group) {}

  public static final List<DemoAccount> ALL = List.of(
      new DemoAccount("clerk", "Hanako", "Clerk", HOFU, CLERKS),
      new DemoAccount("supervisor", "Taro", "Supervisor", HOFU, SUPERVISORS),
      new DemoAccount("auditor", "Jiro", "Auditor", HOFU, AUDITORS),
      new DemoAccount("admin", "Saburo", "Admin", HOFU, ADMINS),
      new DemoAccount("clerk2", "Yoko", "Clerk", UBE, CLERKS));

  private DemoAccounts() {}

  public static List<String> userIds() {
    return ALL.stream().map(DemoAccount::userId).toList();
  }
}
