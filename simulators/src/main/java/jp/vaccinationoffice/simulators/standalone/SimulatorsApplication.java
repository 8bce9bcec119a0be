package jp.vaccinationoffice.simulators.standalone;

import java.util.Map;
import jp.vaccinationoffice.simulators.SimulatorsConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs the simulators on their own, by default on port 8090 ({@code --server.port=…} to change). */
@SpringBootApplication
@Import(SimulatorsConfiguration.class)
public class SimulatorsApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(SimulatorsApplication.class);
    application.setDefaultProperties(Map.of("server.port", "8090", "spring.application.name", "simulators"));
    application.run(args);
  }
}
