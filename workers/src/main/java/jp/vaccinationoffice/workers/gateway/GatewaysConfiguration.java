package jp.vaccinationoffice.workers.gateway;

import java.time.Clock;
import jp.vaccinationoffice.workers.gateway.intermediate.IntermediateGateway;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.StepTransactions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gateways to the national systems, one HTTP client per system. Needs a {@link JdbcTemplate}
 * on a database with the {@code national_system_call} table (migration V2).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalSystemsProperties.class)
public class GatewaysConfiguration {

  @Bean
  IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc) {
    return new IdempotencyKeys(jdbc, Clock.systemUTC());
  }

  @Bean
  IdempotentCalls idempotentCalls(IdempotencyKeys keys, ObjectProvider<StepTransactions> steps) {
    return new IdempotentCalls(keys, steps.getIfAvailable(() -> StepTransactions.NONE));
  }

  @Bean
  VrsGateway vrsGateway(NationalSystemsProperties properties, IdempotentCalls calls) {
    return new VrsGateway(new JsonHttpClient(NationalSystem.VRS, properties.getVrs()), calls);
  }

  @Bean
  RegistryGateway registryGateway(NationalSystemsProperties properties, IdempotentCalls calls) {
    return new RegistryGateway(new JsonHttpClient(NationalSystem.REGISTRY, properties.getRegistry()), calls);
  }

  @Bean
  IntermediateGateway intermediateGateway(NationalSystemsProperties properties, IdempotentCalls calls) {
    return new IntermediateGateway(new JsonHttpClient(NationalSystem.INTERMEDIATE, properties.getIntermediate()), calls);
  }
}
