/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.convert;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.codec.Problem;
import io.elbgateway.model.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Converts a fabric8 object of any served version into a model value through the model's own
 * codec: the object is written as JSON and read back by {@link ManifestReader}, which knows every
 * served version of every kind and checks the object against its schema. So a kind the cluster
 * serves only in an older version converts like the newest, and an object the API server accepted
 * but the schema refuses is reported instead of half-read.
 *
 * <p>Fields a translation must not depend on are dropped first: {@code metadata.managedFields},
 * {@code metadata.resourceVersion} (it changes on every write, including this controller's own
 * status writes) and the {@code status} of the kinds whose status the controller writes. Secret
 * data never reaches the converter: Secrets are not watched.
 */
public final class ObjectConverter {

  /** The API groups whose {@code status} this controller writes and so never reads back. */
  private static final Set<String> STATUS_WRITTEN_GROUPS =
      Set.of("gateway.networking.k8s.io", "gateway.networking.x-k8s.io", "gateway.k8s.aws");

  private final KubernetesSerialization serialization;
  private final ManifestReader reader;

  /** A converter writing JSON with {@code serialization} (the client's). */
  public ObjectConverter(KubernetesSerialization serialization) {
    this.serialization = serialization;
    this.reader = ManifestReader.of(KindRegistry.standard());
  }

  /** The model value of {@code object}, or the problems that keep it out of the snapshot. */
  public Conversion convert(HasMetadata object) {
    @SuppressWarnings("unchecked") // a Kubernetes object is a JSON object
    Map<String, Object> tree = new LinkedHashMap<>(serialization.convertValue(object, Map.class));
    Object metadata = tree.get("metadata");
    if (metadata instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) metadata);
      meta.remove("managedFields");
      meta.remove("resourceVersion");
      tree.put("metadata", meta);
    }
    String apiVersion = String.valueOf(tree.getOrDefault("apiVersion", ""));
    int slash = apiVersion.indexOf('/');
    if (slash > 0 && STATUS_WRITTEN_GROUPS.contains(apiVersion.substring(0, slash))) {
      tree.remove("status");
    }
    String source = object.getKind() + " " + namespacedName(object) + ".json";
    LoadResult loaded = reader.readString(serialization.asJson(tree), source);
    List<String> errors =
        loaded.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(ObjectConverter::describe)
            .collect(Collectors.toUnmodifiableList());
    if (!errors.isEmpty() || loaded.objects().isEmpty()) {
      return Conversion.rejected(errors.isEmpty() ? List.of("the object could not be read") : errors);
    }
    return Conversion.of(loaded.objects().get(0));
  }

  /** A problem without the made-up file name and line: the object and field already say where. */
  private static String describe(Problem problem) {
    StringBuilder text = new StringBuilder();
    problem.object().ifPresent(o -> text.append(o.display()).append(' '));
    problem.path().ifPresent(p -> text.append(p).append(": "));
    return text.append(problem.message()).toString();
  }

  private static String namespacedName(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return (namespace == null || namespace.isEmpty() ? "" : namespace + "/") + object.getMetadata().getName();
  }
}
