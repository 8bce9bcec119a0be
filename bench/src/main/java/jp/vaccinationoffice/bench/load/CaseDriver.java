package jp.vaccinationoffice.bench.load;

/** Runs the case numbered {@code index} from start to end; throws when it does not end as expected. */
@FunctionalInterface
public interface CaseDriver {

  CaseTiming run(int index) throws Exception;
}
