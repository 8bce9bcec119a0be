package jp.vaccinationoffice.caseserver.accesslog;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access log's reports.
 *
 * @param timeZone the zone in which a plain date in a query ({@code from=2025-04-01}) is a day
 * @param taskGracePeriod how long after a task ended a read still counts as done for that task
 *     (the page shown after completing it)
 * @param clockSkew how far the server nodes' clocks may disagree: a read this much before a task
 *     was created still counts as done for it
 */
@ConfigurationProperties("access-log")
public record AccessLogProperties(
    @DefaultValue("Asia/Tokyo") ZoneId timeZone,
    @DefaultValue("15m") Duration taskGracePeriod,
    @DefaultValue("2s") Duration clockSkew) {}
