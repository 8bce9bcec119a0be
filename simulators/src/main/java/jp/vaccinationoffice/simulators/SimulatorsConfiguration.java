package jp.vaccinationoffice.simulators;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The simulated national systems under {@code /sim/**}. Import it into a Spring Boot web
 * application; it needs Spring MVC and Jackson, nothing else.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
    basePackages = "jp.vaccinationoffice.simulators",
    excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "jp\\.vaccinationoffice\\.simulators\\.standalone\\..*"))
@EnableConfigurationProperties(SimulatorsProperties.class)
public class SimulatorsConfiguration {}
