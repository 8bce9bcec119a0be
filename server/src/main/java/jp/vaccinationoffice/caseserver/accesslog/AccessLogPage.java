package jp.vaccinationoffice.caseserver.accesslog;

import java.util.List;

/** One page of a listing, with the number of matching items on all pages. */
public record AccessLogPage<T>(int page, int size, long total, List<T> items) {}
