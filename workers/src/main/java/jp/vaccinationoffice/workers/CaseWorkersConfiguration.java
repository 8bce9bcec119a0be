package jp.vaccinationoffice.workers;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The workers of every process, one class per topic, grouped in packages by process. They need the
 * gateways ({@link jp.vaccinationoffice.workers.gateway.GatewaysConfiguration}) and an
 * implementation of each process's case-store port.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = {"jp.vaccinationoffice.workers.movein", "jp.vaccinationoffice.workers.provision",
    "jp.vaccinationoffice.workers.certificates"})
public class CaseWorkersConfiguration {}
