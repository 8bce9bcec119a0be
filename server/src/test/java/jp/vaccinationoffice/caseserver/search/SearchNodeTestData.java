package jp.vaccinationoffice.caseserver.search;

/**
 * The data folder of the search node a server test starts: a new one under the test JVM's folder
 * (the build sets {@code search.test.data-dir} per fork) for every server, read once when the
 * server binds its search settings. A fresh folder holds no documents of databases that are gone,
 * and no test has to empty a folder that a node may be starting in.
 */
final class SearchNodeTestData {

  static final String DIRECTORY_PROPERTY = "${search.test.data-dir:target/search-node-test}/${random.uuid}";

  private SearchNodeTestData() {}
}
