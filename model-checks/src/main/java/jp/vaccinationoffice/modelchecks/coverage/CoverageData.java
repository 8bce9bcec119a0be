package jp.vaccinationoffice.modelchecks.coverage;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which flow nodes and sequence flows of each process (by process definition key) were passed.
 * Safe for concurrent recording; sets make recording the same element twice harmless.
 */
public final class CoverageData {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The file format: {@code {processKey: {flowNodes: [...], sequenceFlows: [...]}}}. */
  private record ProcessTrace(SortedSet<String> flowNodes, SortedSet<String> sequenceFlows) {}

  private final ConcurrentMap<String, Set<String>> flowNodes = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Set<String>> sequenceFlows = new ConcurrentHashMap<>();

  public void flowNodeReached(String processKey, String flowNodeId) {
    flowNodes.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet()).add(flowNodeId);
  }

  public void sequenceFlowTaken(String processKey, String sequenceFlowId) {
    sequenceFlows.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet()).add(sequenceFlowId);
  }

  public Set<String> flowNodes(String processKey) {
    return Set.copyOf(flowNodes.getOrDefault(processKey, Set.of()));
  }

  public Set<String> sequenceFlows(String processKey) {
    return Set.copyOf(sequenceFlows.getOrDefault(processKey, Set.of()));
  }

  public Set<String> processKeys() {
    Set<String> keys = new TreeSet<>(flowNodes.keySet());
    keys.addAll(sequenceFlows.keySet());
    return keys;
  }

  public boolean isEmpty() {
    return flowNodes.isEmpty() && sequenceFlows.isEmpty();
  }

  public void merge(CoverageData other) {
    for (String key : other.processKeys()) {
      other.flowNodes(key).forEach(id -> flowNodeReached(key, id));
      other.sequenceFlows(key).forEach(id -> sequenceFlowTaken(key, id));
    }
  }

  public CoverageData copy() {
    CoverageData copy = new CoverageData();
    copy.merge(this);
    return copy;
  }

  public void write(Path file) throws IOException {
    Map<String, ProcessTrace> traces = new TreeMap<>();
    for (String key : processKeys()) {
      traces.put(key, new ProcessTrace(new TreeSet<>(flowNodes(key)), new TreeSet<>(sequenceFlows(key))));
    }
    JSON.writeValue(file.toFile(), traces);
  }

  public static CoverageData read(Path file) throws IOException {
    Map<String, ProcessTrace> traces = JSON.readValue(file.toFile(), new TypeReference<Map<String, ProcessTrace>>() {});
    CoverageData data = new CoverageData();
    traces.forEach((key, trace) -> {
      if (trace.flowNodes() != null) {
        trace.flowNodes().forEach(id -> data.flowNodeReached(key, id));
      }
      if (trace.sequenceFlows() != null) {
        trace.sequenceFlows().forEach(id -> data.sequenceFlowTaken(key, id));
      }
    });
    return data;
  }
}
