package jp.vaccinationoffice.caseserver.queues;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office's working day and the queues' horizons.
 *
 * @param timeZone the office's time zone; due dates are its local times
 * @param closingTime when the counter closes: a task due "today" is due then
 * @param vrsAnswerOpenDays open days VRS gives a municipality to answer a provision inquiry
 * @param dueSoon how far ahead 期限が近い looks
 * @param refresh how often the date bounds of the saved filters move on
 */
@ConfigurationProperties("queues")
public record QueueProperties(
    @DefaultValue("Asia/Tokyo") ZoneId timeZone,
    @DefaultValue("17:15") LocalTime closingTime,
    @DefaultValue("3") int vrsAnswerOpenDays,
    @DefaultValue("1d") Duration dueSoon,
    @DefaultValue("5m") Duration refresh) {}
