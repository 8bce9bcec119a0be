package jp.vaccinationoffice.caseserver.security;

import java.util.Set;

/**
 * A signed-in member of staff: one person, one municipality (the engine tenant), and the groups
 * that decide what they may do.
 */
public record StaffPrincipal(String userId, String municipalityCode, Set<String> groups) {

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }
}
