package jp.vaccinationoffice.caseserver.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.support.BareEngines;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real engine on H2 with authorization checks on: task visibility by group grant is what it was,
 * and no command reads every group of the authorization table any more (H2's query statistics list
 * what the engine asked).
 */
class StaffGroupsAuthorizationTest {

  private static final String ALL_GROUPS_OF_THE_TABLE = "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A";

  private ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void aGroupGrantStillDecidesWhoSeesATask() {
    engine = engine(true);
    String taskId = taskGrantedTo("clerks");

    assertThat(visibleTasks("clerk", List.of("clerks", "a-group-no-authorization-names"))).containsExactly(taskId);
    assertThat(visibleTasks("outsider", List.of("outsiders"))).isEmpty();
    assertThat(visibleTasks("nobody", List.of())).isEmpty();
  }

  @Test
  void noCommandReadsEveryGroupOfTheAuthorizationTable() throws SQLException {
    engine = engine(true);
    taskGrantedTo("clerks");
    collectStatistics();

    assertThat(visibleTasks("clerk", List.of("clerks"))).hasSize(1);

    assertThat(statements()).noneMatch(sql -> sql.contains(ALL_GROUPS_OF_THE_TABLE));
  }

  @Test
  void theEnginesOwnManagerReadsThemAllWhichTheCheckAboveSees() throws SQLException {
    engine = engine(false);
    taskGrantedTo("clerks");
    collectStatistics();

    assertThat(visibleTasks("clerk", List.of("clerks"))).hasSize(1);

    assertThat(statements()).anyMatch(sql -> sql.contains(ALL_GROUPS_OF_THE_TABLE));
  }

  private String taskGrantedTo(String group) {
    Task task = engine.getTaskService().newTask();
    task.setName("本人確認");
    engine.getTaskService().saveTask(task);
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(group);
    read.setResource(Resources.TASK);
    read.setResourceId(task.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
    return task.getId();
  }

  private List<String> visibleTasks(String userId, List<String> groups) {
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void collectStatistics() throws SQLException {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SET QUERY_STATISTICS TRUE");
    }
  }

  private List<String> statements() throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
      while (rows.next()) {
        statements.add(rows.getString(1));
      }
    }
    assertThat(statements).as("the statistics saw the engine's queries").anyMatch(sql -> sql.contains("ACT_RU_TASK"));
    return statements;
  }

  private javax.sql.DataSource dataSource() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
  }

  private static ProcessEngine engine(boolean withStaffGroups) {
    ProcessEngineConfigurationImpl configuration = BareEngines.inMemory("staff-groups");
    configuration.setAuthorizationEnabled(true);
    if (withStaffGroups) {
      configuration.getProcessEnginePlugins().add(new StaffGroupsAuthorization());
    }
    return configuration.buildProcessEngine();
  }
}
