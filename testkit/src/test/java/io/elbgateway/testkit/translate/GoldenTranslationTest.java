package io.elbgateway.testkit.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.golden.GoldenFiles;
import io.elbgateway.testkit.golden.TranslationDocuments;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.ImmutableAlbQuotas;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.TranslatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.type.TypeReference;

/**
 * Golden translation cases: each folder under {@code src/test/resources/golden/alb/} holds
 * {@code in.yaml} (or a {@code source} file naming a folder of manifests, relative to the module),
 * optionally {@code quotas.yaml}, and the expected {@code elb.json} (desired ELB state) and {@code status.yaml} (statuses and
 * declared deviations). Run with {@code -Delbgateway.golden.update=true} to regenerate them, then
 * review the diff.
 */
class GoldenTranslationTest {

  private static final Path CASES = Path.of("src/test/resources/golden/alb");

  static final Translator TRANSLATOR =
      Translator.builder()
          .options(TranslatorOptions.builder().clusterName("golden").build())
          .serviceLoader(false)
          .build();

  private static final ManifestReader READER = ManifestReader.of(KindRegistry.standard());

  @TestFactory
  Stream<DynamicTest> everyCaseTranslatesToItsGoldenOutput() throws IOException {
    List<Path> cases;
    try (Stream<Path> folders = Files.list(CASES)) {
      cases = folders.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).as("golden cases in %s", CASES).isNotEmpty();
    return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    List<KubernetesObject> objects = input(folder);
    Translator translator = translator(folder);
    Translation translation = translator.translate(ClusterSnapshot.of(objects));
    String elb = TranslationDocuments.elbJson(translation);
    String status = TranslationDocuments.statusYaml(translation);
    GoldenFiles.assertMatches(folder.resolve("elb.json"), elb);
    GoldenFiles.assertMatches(folder.resolve("status.yaml"), status);

    // Deterministic: the input order never changes a byte of the output.
    Random random = new Random(folder.getFileName().toString().hashCode());
    for (int i = 0; i < 5; i++) {
      List<KubernetesObject> shuffled = new ArrayList<>(objects);
      Collections.shuffle(shuffled, random);
      Translation again = translator.translate(ClusterSnapshot.of(shuffled));
      assertThat(TranslationDocuments.elbJson(again)).isEqualTo(elb);
      assertThat(TranslationDocuments.statusYaml(again)).isEqualTo(status);
    }
  }

  /**
   * The golden translator, or one with the quotas a case's {@code quotas.yaml} sets (a map of
   * {@link AlbQuotas} field names to numbers), so quota cases stay small.
   */
  private static Translator translator(Path folder) throws IOException {
    Path quotasFile = folder.resolve("quotas.yaml");
    if (!Files.exists(quotasFile)) {
      return TRANSLATOR;
    }
    Map<String, Integer> values =
        ModelMappers.yaml().readValue(Files.readString(quotasFile), new TypeReference<Map<String, Integer>>() {});
    ImmutableAlbQuotas.Builder quotas = AlbQuotas.builder();
    values.forEach(
        (name, value) -> {
          switch (name) {
            case "rulesPerLoadBalancer" -> quotas.rulesPerLoadBalancer(value);
            case "listenersPerLoadBalancer" -> quotas.listenersPerLoadBalancer(value);
            case "targetGroupsPerAction" -> quotas.targetGroupsPerAction(value);
            case "certificatesPerLoadBalancer" -> quotas.certificatesPerLoadBalancer(value);
            default -> throw new IllegalArgumentException(quotasFile + ": unknown quota " + name);
          }
        });
    return Translator.builder()
        .options(TranslatorOptions.builder().clusterName("golden").quotas(quotas.build()).build())
        .serviceLoader(false)
        .build();
  }

  static List<KubernetesObject> input(Path folder) throws IOException {
    Path source = folder.resolve("source");
    LoadResult loaded =
        Files.exists(source)
            ? READER.read(Path.of(Files.readString(source).strip()))
            : READER.read(folder.resolve("in.yaml"));
    return loaded.objects();
  }
}
