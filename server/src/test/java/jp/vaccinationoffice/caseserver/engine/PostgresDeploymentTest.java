package jp.vaccinationoffice.caseserver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jp.vaccinationoffice.caseserver.support.RepositoryModels;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.Resource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The production database path: the server on a fresh PostgreSQL database, every model deployed. */
class PostgresDeploymentTest {

  @Test
  void startsOnAFreshPostgresDatabaseAndDeploysEveryModel() {
    try (ScratchPostgresDatabase database = ScratchPostgresDatabase.create("case_server_test");
        ConfigurableApplicationContext server = database.startServer()) {
      JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo(database.name());
      assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
          String.class)).contains("1");
      assertThat(jdbc.queryForList("SELECT code FROM municipality ORDER BY code", String.class))
          .containsExactly("352021", "352063");

      RepositoryService repository = server.getBean(RepositoryService.class);
      List<String> deployed = repository.createDeploymentQuery().list().stream()
          .flatMap(deployment -> repository.getDeploymentResources(deployment.getId()).stream())
          .map(Resource::getName)
          .map(name -> Path.of(name).getFileName().toString())
          .distinct().sorted().toList();
      assertThat(deployed).containsExactlyElementsOf(RepositoryModels.fileNames());
      assertThat(repository.createProcessDefinitionQuery().count())
          .isEqualTo(RepositoryModels.fileNames().stream().filter(name -> name.endsWith(".bpmn")).count());
    }
  }
}
