package io.elbgateway.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.snapshot.KnownKinds;
import io.elbgateway.model.validation.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's own examples, and every manifest the model tests use, read and write back equal. */
class SeedManifestsTest {

  private static final Path SEED = Path.of("../examples/seed");
  private static final Path SEED_AS_PUBLISHED = Path.of("../examples/seed-as-published");

  private final ManifestReader reader = ManifestReader.of(KindRegistry.standard());

  @Test
  void theSeedLoadsWithoutAProblem() {
    LoadResult result = reader.read(SEED);

    assertThat(result.problems()).isEmpty();
    assertThat(result.objects())
        .extracting(KubernetesObject::kind)
        .containsExactlyInAnyOrder(
            "Namespace",
            "Namespace",
            "GatewayClass",
            "LoadBalancerConfiguration",
            "Gateway",
            "HTTPRoute",
            "ListenerRuleConfiguration",
            "TargetGroupConfiguration",
            "Service",
            "EndpointSlice");
  }

  @Test
  void theSeedWritesBackEqualInYamlAndJson() {
    List<KubernetesObject> objects = reader.read(SEED).objects();

    LoadResult fromYaml = reader.readString(ManifestWriter.yaml(objects), "seed.yaml");
    LoadResult fromJson = reader.readString(ManifestWriter.json(objects), "seed.json");

    assertThat(fromYaml.problems()).isEmpty();
    assertThat(fromYaml.objects()).isEqualTo(objects);
    assertThat(fromJson.problems()).isEmpty();
    assertThat(fromJson.objects()).isEqualTo(objects);
  }

  @Test
  void theSeedAsPublishedReportsItsLowercaseHealthCheckProtocolByFileLineObjectAndField() {
    LoadResult result = reader.read(SEED_AS_PUBLISHED);

    assertThat(result.problems())
        .extracting(Problem::render)
        .containsExactly(
            "../examples/seed-as-published/60-targetgroupconfiguration.yaml:17: TargetGroupConfiguration"
                + " my-web/my-web .spec.defaultConfiguration.healthCheckConfig.healthCheckProtocol:"
                + " Unsupported value: \"http\": supported values: \"HTTP\", \"HTTPS\", \"TCP\""
                + " (the enum is case-sensitive: write HTTP)");
    // The misnamed parent is no schema error: the translator reports it on the route.
    assertThat(result.objects()).extracting(KubernetesObject::kind).contains("HTTPRoute");
  }

  @Test
  void theManifestCheckPassesOnTheSeedAndFailsOnTheSeedAsPublished() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    assertThat(ManifestCheck.run(List.of(SEED.toString()), out)).isEqualTo(ManifestCheck.OK);
    assertThat(ManifestCheck.run(List.of(SEED_AS_PUBLISHED.toString()), out)).isEqualTo(ManifestCheck.ERRORS);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Loaded 10 objects: 2 Namespace, 1 GatewayClass, 1 LoadBalancerConfiguration")
        .contains("60-targetgroupconfiguration.yaml:17: TargetGroupConfiguration my-web/my-web");
  }

  /**
   * Every test manifest of every model area (gateway, routes, aws, core): whatever loads writes back
   * as YAML and as JSON and reads again into equal values. Manifests that exist to be invalid only
   * contribute what loads.
   */
  @Test
  void everyTestManifestRoundTrips() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/manifests"))) {
      files =
          walk.filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !p.toString().contains("codec")) // the codec's own test-only kinds
              .filter(p -> !p.toString().contains("validation")) // case tables, not manifests
              .sorted()
              .toList();
    }
    ManifestReader lenient = ManifestReader.builder().registry(KindRegistry.standard()).validator(o -> List.of()).build();
    Set<String> kindsRead = new TreeSet<>();
    for (Path file : files) {
      LoadResult first = lenient.read(file);
      List<KubernetesObject> loaded = first.objects();
      loaded.forEach(o -> kindsRead.add(o.group() + "/" + o.kind()));
      assertThat(lenient.readString(ManifestWriter.yaml(loaded), file + ".yaml").objects())
          .as("YAML round trip of %s", file)
          .isEqualTo(loaded);
      assertThat(lenient.readString(ManifestWriter.json(loaded), file + ".json").objects())
          .as("JSON round trip of %s", file)
          .isEqualTo(loaded);
      assertThat(first.problems())
          .as("decode problems in %s", file)
          .noneMatch(p -> p.severity() == Severity.ERROR && !file.toString().contains("invalid"));
    }
    assertThat(kindsRead)
        .as("every known kind has a test manifest")
        .containsAll(KnownKinds.ALL.stream().map(k -> k.group() + "/" + k.kind()).toList());
  }
}
