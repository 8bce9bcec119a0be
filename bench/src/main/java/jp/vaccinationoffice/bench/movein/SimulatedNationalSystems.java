package jp.vaccinationoffice.bench.movein;

import static jp.vaccinationoffice.bench.movein.MoveInCase.ADDRESS;
import static jp.vaccinationoffice.bench.movein.MoveInCase.BIRTH_DATE;
import static jp.vaccinationoffice.bench.movein.MoveInCase.CURRENT_MUNICIPALITY;
import static jp.vaccinationoffice.bench.movein.MoveInCase.FAMILY_NAME;
import static jp.vaccinationoffice.bench.movein.MoveInCase.FAMILY_NAME_KANA;
import static jp.vaccinationoffice.bench.movein.MoveInCase.GIVEN_NAME;
import static jp.vaccinationoffice.bench.movein.MoveInCase.GIVEN_NAME_KANA;
import static jp.vaccinationoffice.bench.movein.MoveInCase.PREVIOUS_MUNICIPALITY;
import static jp.vaccinationoffice.bench.movein.MoveInCase.SEX;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

/**
 * Seeds the server's simulators before the run: each resident registered in the current
 * municipality's registry and vaccinated twice in the previous municipality's VRS partition.
 */
final class SimulatedNationalSystems {

  private final CaseServerClient server;

  SimulatedNationalSystems(CaseServerClient server) {
    this.server = server;
  }

  void seed(List<String> myNumbers, int threads) throws Exception {
    server.post("/sim/reset", "{}", null);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> seeded = new ArrayList<>();
      for (int i = 0; i < myNumbers.size(); i++) {
        String myNumber = myNumbers.get(i);
        String addresseeNumber = String.format("%010d", i + 1);
        seeded.add(pool.submit(() -> {
          server.post("/sim/registry/municipalities/" + CURRENT_MUNICIPALITY + "/residents", resident(myNumber, addresseeNumber), null);
          server.post("/sim/vrs/municipalities/" + PREVIOUS_MUNICIPALITY + "/persons", vaccinated(myNumber), null);
          return null;
        }));
      }
      for (Future<?> done : seeded) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String resident(String myNumber, String addresseeNumber) {
    return """
        {"myNumber":"%s","addresseeNumber":"%s","familyName":"%s","givenName":"%s","familyNameKana":"%s",
         "givenNameKana":"%s","birthDate":"%s","sex":"%s","address":"%s","supportMeasure":false}"""
        .formatted(myNumber, addresseeNumber, FAMILY_NAME, GIVEN_NAME, FAMILY_NAME_KANA, GIVEN_NAME_KANA, BIRTH_DATE,
            SEX, ADDRESS);
  }

  private static String vaccinated(String myNumber) {
    return """
        {"myNumber":"%s","familyName":"%s","givenName":"%s","familyNameKana":"%s","givenNameKana":"%s",
         "birthDate":"%s","sex":"%s","doses":[
           {"doseNumber":1,"date":"2021-06-01","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA1234"},
           {"doseNumber":2,"date":"2021-06-22","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA5678"}]}"""
        .formatted(myNumber, FAMILY_NAME, GIVEN_NAME, FAMILY_NAME_KANA, GIVEN_NAME_KANA, BIRTH_DATE, SEX);
  }
}
